// The merge plan: what an import will add, change and leave alone, worked out completely (and
// validated) before anything is written. The repository writes `added` and `changed` as they
// are; nothing about the file is decided later.
import type { CareLogFields, CareLogSubject, DocumentParty, DocumentRelationship, NetworkGraph } from '../../domain';
import type { ImportedNetwork } from '../importModel';
import type { DocumentScenario } from '../documentScenarios';
import type { DocumentView } from '../documentViews';
import type { DocumentPresentation } from '../documentPresentations';
import type { ImportProblem } from '../problems';
import type { DocumentTrustAssessment } from '../documentHistory';

export interface PlannedCareLogEntry {
  id: string;
  subject: CareLogSubject;
  /** The parties it is linked to: the party, or the relationship's two ends. */
  partyIds: string[];
  fields: CareLogFields;
  createdAt: string | null;
}

/** What the network already keeps, so a merge does not log or assess twice. */
export interface ExistingHistory {
  careLogIds: readonly string[];
  assessmentIds: readonly string[];
}

export interface PartyChange {
  id: string;
  /** The stored version the plan was made from; a different one at write time is a conflict. */
  version: number;
  after: DocumentParty;
  /** The changed fields, in words. */
  fields: string[];
}

export interface RelationshipChange {
  id: string;
  version: number;
  after: DocumentRelationship;
  fields: string[];
  label: string;
}

export type PlanTarget =
  | { kind: 'new'; name: string; description: string }
  | { kind: 'existing'; networkId: string; name: string };

export interface ImportPlan {
  target: PlanTarget;
  parties: { added: DocumentParty[]; changed: PartyChange[]; unchanged: number; unchangedNames: string[] };
  relationships: {
    added: DocumentRelationship[];
    changed: RelationshipChange[];
    unchanged: number;
    unchangedLabels: string[];
    /** "County Transit relies on Unit (transport)", for the preview's samples. */
    addedLabels: string[];
  };
  /** Saved scenarios to create (JSON imports only). */
  scenarios: DocumentScenario[];
  /** Care log touchpoints and earlier trust assessments to add (issue 12). */
  careLog: PlannedCareLogEntry[];
  trustHistory: DocumentTrustAssessment[];
  /** Saved views to create (JSON imports only). */
  views: DocumentView[];
  /** Presentations to create (JSON imports only). */
  presentations: DocumentPresentation[];
  notes: string[];
}

export interface PlanInput {
  /** The network to merge into, or null to create a new network. */
  existing: NetworkGraph | null;
  /** The scenarios the network already has, when merging. */
  existingScenarios?: readonly { id: string; name: string }[];
  /** The ids of the care log entries and earlier assessments the network already has, when merging. */
  existingHistory?: ExistingHistory;
  /** The saved views the network already has, when merging. */
  existingViews?: readonly { id: string; name: string }[];
  /** The presentations the network already has, when merging. */
  existingPresentations?: readonly { id: string; name: string }[];
  imported: ImportedNetwork;
  newId: () => string;
  /** The new network's name when the file does not give one (usually from the file name). */
  fallbackName: string;
  tick?: (share: number) => Promise<void>;
  /** References to parties whose rows already failed to read; they are not reported twice. */
  brokenRefs?: ReadonlySet<string>;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[]; problemCount: number };

// Samples shown in the preview per category; the counts are always complete.
export const PREVIEW_SAMPLES = 50;
