// Matches each imported party to the network (by id, or by name when the file gives no id),
// overlays the fields the file gives on what is stored, and validates the result with the
// domain schema. Also builds the lookups relationships use to find their parties.
import { DEFAULT_PARTY_TYPES, partyFieldsSchema } from '../../domain';
import type { DocumentParty, Party, PartyFields } from '../../domain';
import { FIELD_LABELS, fieldLabel } from '../fieldLabels';
import type { ImportedNetwork, ImportedParty } from '../importModel';
import { problemAt, quoteValue, truncate } from '../problems';
import type { ProblemCollector, SourceRef } from '../problems';
import { recordIssuesToProblems } from '../zodProblems';
import type { PartyChange } from './planTypes';

// Plain ASCII needs no Unicode normalisation, which is the costly part for large files.
const NON_ASCII = /[^ -~]/;

export function nameKey(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return NON_ASCII.test(trimmed) ? trimmed.normalize('NFC') : trimmed;
}

export interface PartyLookups {
  /** Final ids of the file's parties, by the file's own keys, ids and names. */
  byKey: Map<string, string>;
  fileIds: Set<string>;
  fileNames: Map<string, string[]>;
  existingById: Map<string, Party>;
  existingByName: Map<string, Party[]>;
  /** Every party's name after the import, by final id, for labels. */
  nameOf: Map<string, string>;
  /** Ids, keys and names of file parties refused here: references to them are not reported again. */
  refused: Set<string>;
}

/** A planned party whose file names its organisation, resolved once every party's id is known (planMemberships.ts). */
export interface PendingMembership {
  imported: ImportedParty;
  after: DocumentParty;
  match: Party | null;
}

export interface PartyPlan {
  added: DocumentParty[];
  changed: PartyChange[];
  unchanged: number;
  unchangedNames: string[];
  lookups: PartyLookups;
  filledSides: number;
  filledTypes: number;
  memberships: PendingMembership[];
}

const EXTERNAL_TYPES = new Set<string>(DEFAULT_PARTY_TYPES.external);
const FIELD_KEYS = Object.keys(partyFieldsSchema.shape) as (keyof PartyFields)[];

function storedFields(party: Party): PartyFields {
  const { id: _i, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...fields } = party;
  return fields;
}

const FIELD_ORDER = Object.keys(FIELD_LABELS);

/** The fields whose values differ, in words and in the order the forms show them. */
export function changedFields<T extends object>(before: T, after: T, keys: readonly (keyof T)[]): string[] {
  return keys
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map(String)
    .sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
    .map(fieldLabel);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function where(at: SourceRef): string {
  return at.line !== null ? `line ${at.line}` : (at.element ?? 'elsewhere in the file');
}

export function planParties(
  existing: readonly Party[],
  imported: ImportedNetwork,
  newId: () => string,
  problems: ProblemCollector,
  sampleLimit: number,
): PartyPlan {
  const existingById = new Map(existing.map((party) => [party.id, party]));
  const existingByName = new Map<string, Party[]>();
  for (const party of existing) push(existingByName, nameKey(party.name), party);
  const lookups: PartyLookups = {
    byKey: new Map(),
    fileIds: new Set(),
    fileNames: new Map(),
    existingById,
    existingByName,
    nameOf: new Map(existing.map((party) => [party.id, party.name])),
    refused: new Set(),
  };
  const plan: PartyPlan = { added: [], changed: [], unchanged: 0, unchangedNames: [], lookups, filledSides: 0, filledTypes: 0, memberships: [] };
  const claimedBy = new Map<string, SourceRef>();

  for (const party of imported.parties) {
    const { at } = party;
    const refuse = () => {
      for (const ref of [party.id, party.key, party.fields.name]) if (ref) lookups.refused.add(ref).add(nameKey(ref));
    };
    let match: Party | null = null;
    let finalId: string;
    if (party.id !== null) {
      if (lookups.fileIds.has(party.id)) {
        problems.add(problemAt(at, `id ${quoteValue(party.id)} is used by two parties in this file; each party needs its own id`, 'id'));
        refuse();
        continue;
      }
      lookups.fileIds.add(party.id);
      match = existingById.get(party.id) ?? null;
      finalId = party.id;
    } else {
      const candidates = existingByName.get(nameKey(party.fields.name)) ?? [];
      if (candidates.length > 1) {
        problems.add(
          problemAt(at, `the network has ${candidates.length} parties named ${quoteValue(party.fields.name)}, so Careweave cannot tell which one to update; add an id column (export the network to see the ids)`, 'name'),
        );
        refuse();
        continue;
      }
      match = candidates[0] ?? null;
      finalId = match?.id ?? newId();
    }
    const earlier = claimedBy.get(finalId);
    if (match && earlier) {
      problems.add(problemAt(at, `this is the same party as ${where(earlier)} ("${truncate(match.name, 40)}"); list each party once`, 'name'));
      refuse();
        continue;
    }
    claimedBy.set(finalId, at);
    if (party.key !== undefined) lookups.byKey.set(party.key, finalId);
    push(lookups.fileNames, nameKey(party.fields.name), finalId);

    const merged: Record<string, unknown> = match ? { ...storedFields(match), ...party.fields } : { ...party.fields };
    if (!match && merged.side === undefined) {
      if (typeof merged.type === 'string' && EXTERNAL_TYPES.has(merged.type.trim().toLowerCase())) merged.side = 'external';
      else if (imported.fillMissing) {
        merged.side = 'internal';
        plan.filledSides += 1;
      } else {
        problems.add(problemAt(at, 'side is missing; write internal or external', 'side'));
        continue;
      }
    }
    // A type is a description, not a rule: a sheet without one gets "other" as the template's
    // guide (allowed-values.csv) says, in every format.
    if (!match && merged.type === undefined) {
      merged.type = 'other';
      plan.filledTypes += 1;
    }
    const parsed = partyFieldsSchema.safeParse(merged);
    if (!parsed.success) {
      for (const problem of recordIssuesToProblems(parsed.error, merged, at)) problems.add(problem);
      continue;
    }
    const after: DocumentParty = { id: finalId, ...parsed.data };
    lookups.nameOf.set(finalId, after.name);
    if (party.partOf !== undefined) plan.memberships.push({ imported: party, after, match });
    if (!match) {
      plan.added.push(after);
      continue;
    }
    const fields = changedFields(storedFields(match), parsed.data, FIELD_KEYS);
    if (fields.length > 0) plan.changed.push({ id: match.id, version: match.version, after, fields });
    else {
      plan.unchanged += 1;
      if (plan.unchangedNames.length < sampleLimit) plan.unchangedNames.push(after.name);
    }
  }
  return plan;
}
