// What every import parser produces, whatever the file format: the parties and relationships
// the file describes, each with only the fields the file actually gives (so merging into an
// existing network never wipes a field the file does not carry), the way relationships name
// their parties, and where in the file each came from. The merge plan (planImport.ts) turns
// this into what will be added, changed and left alone.
import type { CareLogFields, PartyFields, RelationshipKind, ReliesOnFields, ResourceFlowFields, TrustFields } from '../domain';
import type { DocumentTrustAssessment } from './documentHistory';
import type { ImportProblem, SourceRef } from './problems';
import type { DocumentScenario } from './documentScenarios';
import type { DateOrder } from './localeValues';
import type { DocumentView } from './documentViews';
import type { DocumentPresentation } from './documentPresentations';
import type { DataFormatId } from './registry';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportedParty {
  /** The party's id in Careweave terms: kept when importing, matched when merging. */
  id: string | null;
  /** The file's own name for the element (a GraphML node id) that relationships refer to. */
  key?: string;
  fields: Partial<Omit<PartyFields, 'partOf'>> & { name: string };
  /**
   * The organisation the party is part of, named the way the file names parties (resolved with
   * the relationships' ends); null when the file says it is part of none, absent when it says nothing.
   */
  partOf?: PartyRef | null;
  at: SourceRef;
}

/**
 * How a relationship names one of its parties: by id (JSON), by the file's own element key
 * (GraphML node ids, which tools like yEd renumber), or by a value that may be an id or a name
 * (CSV: "parties referenced by name or id").
 */
export interface PartyRef {
  value: string;
  by: 'id' | 'key' | 'id-or-name';
}

type KindFields = {
  RELIES_ON: Omit<ReliesOnFields, 'kind'>;
  RESOURCE_FLOW: Omit<ResourceFlowFields, 'kind'>;
  // The level may be left out when sub-scores are given: it is then their mean.
  TRUSTS: Omit<TrustFields, 'kind' | 'level'> & { level: number | undefined };
};

export type ImportedRelationship = {
  [K in RelationshipKind]: {
    id: string | null;
    kind: K;
    source: PartyRef;
    target: PartyRef;
    fields: Partial<KindFields[K]>;
    at: SourceRef;
    /**
     * A row with a bad value, kept only so the merge plan can still check which parties it
     * names (every problem in one list); it is never written.
     */
    damaged?: boolean;
  };
}[RelationshipKind];

export interface ImportedNetwork {
  format: DataFormatId;
  network: { name: string | null; description: string | null };
  parties: ImportedParty[];
  relationships: ImportedRelationship[];
  /** What the reader did that the person should know: columns mapped, attributes kept as notes. */
  notes: string[];
  /**
   * Files from other tools say nothing about Careweave's side; when true, new parties without
   * one become internal (external for patient, client or family types), and the preview says
   * how many. CSV and JSON files are held to giving it. A missing type is "other" in every format.
   */
  fillMissing?: boolean;
  /** Saved withdrawal scenarios; only the Careweave JSON format carries them. */
  scenarios?: DocumentScenario[];
  /** Saved views (issue 15); only the Careweave JSON format carries them. */
  views?: DocumentView[];
  /** Presentations (issue 15); only the Careweave JSON format carries them. */
  presentations?: DocumentPresentation[];
  /** Care log touchpoints (JSON, and CSV's third table). */
  careLog?: ImportedCareLogEntry[];
  /** Earlier trust assessments (JSON only). */
  trustHistory?: ImportedTrustAssessment[];
}

/** A touchpoint; CSV may name its party by name, so a party is a reference like a relationship's end. */
export interface ImportedCareLogEntry {
  id: string | null;
  about: { kind: 'party'; ref: PartyRef } | { kind: 'relationship'; id: string };
  fields: CareLogFields;
  createdAt: string | null;
  at: SourceRef;
}

export interface ImportedTrustAssessment {
  assessment: DocumentTrustAssessment;
  at: SourceRef;
}

export type ImportParseResult =
  | { ok: true; imported: ImportedNetwork }
  | {
      ok: false;
      problems: ImportProblem[];
      problemCount: number;
      notes: string[];
      /**
       * The rows that could be read, so the merge plan can still look for the problems it finds
       * (unknown parties, missing fields) and every problem is reported in one go.
       */
      partial?: ImportedNetwork;
      /** Ids, names and keys of party rows that had problems: references to them are not reported again. */
      brokenRefs?: string[];
    };

export interface ParseOptions {
  /**
   * Called every few thousand rows with the share done (0–1). Main passes a function that yields
   * to the event loop and throws when the person cancelled, so a big file neither freezes the
   * app nor keeps running after Cancel.
   */
  tick?: (share: number) => Promise<void>;
  /** GraphML: the kind given to connections whose file says nothing about their kind. */
  defaultKind?: RelationshipKind;
  /** CSV: how dates like 03/04/2026 are read, when the person chose; otherwise the file tells. */
  dateOrder?: DateOrder;
}

export const TICK_EVERY_ROWS = 5_000;

export function failed(
  problems: readonly ImportProblem[],
  problemCount: number,
  notes: string[] = [],
  rest: { partial?: ImportedNetwork; brokenRefs?: string[] } = {},
): ImportParseResult {
  return { ok: false, problems: [...problems], problemCount, notes, ...rest };
}
