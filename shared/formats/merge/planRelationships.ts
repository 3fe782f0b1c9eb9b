// Ties each imported relationship to its two parties, matches it to a stored relationship (by
// id, or by what it connects and says when there is no id), overlays the file's fields and
// validates the result with the domain schema.
import { RELATIONSHIP_KIND_LABELS, relationshipFieldsSchema, SELF_LOOP_MESSAGE } from '../../domain';
import type { DocumentRelationship, Relationship, RelationshipFields } from '../../domain';
import { KIND_VERBS } from '../fieldLabels';
import type { ImportedRelationship, PartyRef } from '../importModel';
import { problemAt, quoteValue } from '../problems';
import type { ProblemCollector } from '../problems';
import { recordIssuesToProblems } from '../zodProblems';
import { changedFields, nameKey } from './planParties';
import type { PartyLookups } from './planParties';
import type { RelationshipChange } from './planTypes';

export interface RelationshipPlan {
  added: DocumentRelationship[];
  changed: RelationshipChange[];
  unchanged: number;
  unchangedLabels: string[];
  addedLabels: string[];
}

type Resolved = { ok: true; id: string } | { ok: false; message: string | null };

export function resolveRef(ref: PartyRef, end: string, lookups: PartyLookups, partiesSource: string, broken: { has(ref: string): boolean }): Resolved {
  const found = resolveKnown(ref, end, lookups, partiesSource);
  if (!found.ok && (broken.has(ref.value) || broken.has(nameKey(ref.value)))) return { ok: false, message: null };
  return found;
}

export function resolveKnown(ref: PartyRef, end: string, lookups: PartyLookups, partiesSource: string): Resolved {
  const { value } = ref;
  if (ref.by === 'key') {
    const id = lookups.byKey.get(value);
    return id ? { ok: true, id } : { ok: false, message: `"${end}" points to ${quoteValue(value)}, which is not a party in the file` };
  }
  if (lookups.fileIds.has(value) || lookups.existingById.has(value)) return { ok: true, id: value };
  if (ref.by === 'id') return { ok: false, message: `"${end}" points to party id ${quoteValue(value)}, which is not in ${partiesSource}` };
  const key = nameKey(value);
  const inFile = lookups.fileNames.get(key) ?? [];
  const candidates = inFile.length > 0 ? inFile : (lookups.existingByName.get(key) ?? []).map((party) => party.id);
  if (candidates.length === 1 && candidates[0]) return { ok: true, id: candidates[0] };
  if (candidates.length > 1) {
    return { ok: false, message: `"${end}" is ${quoteValue(value)}, but ${candidates.length} parties have that name; write the party's id instead` };
  }
  return { ok: false, message: `"${end}" party ${quoteValue(value)} is not in ${partiesSource}; check the spelling` };
}

// Without an id, a relationship is the same one when it joins the same parties the same way
// about the same thing: one trust per direction, one reliance per service, one flow per resource.
function naturalKey(kind: string, source: string, target: string, fields: Record<string, unknown>): string {
  const about = kind === 'RELIES_ON' ? fields.service : kind === 'RESOURCE_FLOW' ? fields.resource : '';
  return `${kind}\u0000${source}\u0000${target}\u0000${typeof about === 'string' ? about.trim().toLowerCase() : ''}`;
}

function storedFields(relationship: Relationship): RelationshipFields {
  const { id: _i, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, source: _s, target: _t, ...fields } = relationship;
  return fields as RelationshipFields;
}

export function relationshipLabel(relationship: DocumentRelationship, nameOf: (id: string) => string): string {
  const about =
    relationship.kind === 'RELIES_ON'
      ? relationship.service
      : relationship.kind === 'RESOURCE_FLOW'
        ? relationship.resource
        : `level ${relationship.level}`;
  return `${nameOf(relationship.source)} ${KIND_VERBS[relationship.kind]} ${nameOf(relationship.target)} (${about})`;
}

export function planRelationships(
  existing: readonly Relationship[],
  imported: readonly ImportedRelationship[],
  lookups: PartyLookups,
  newId: () => string,
  problems: ProblemCollector,
  options: { partiesSource: string; sampleLimit: number; brokenRefs?: ReadonlySet<string> },
): RelationshipPlan {
  const byId = new Map(existing.map((relationship) => [relationship.id, relationship]));
  const byNaturalKey = new Map<string, Relationship[]>();
  for (const relationship of existing) {
    const key = naturalKey(relationship.kind, relationship.source, relationship.target, relationship as unknown as Record<string, unknown>);
    const same = byNaturalKey.get(key);
    if (same) same.push(relationship);
    else byNaturalKey.set(key, [relationship]);
  }
  const fileIds = new Set<string>();
  const taken = new Set<string>();
  const nameOf = (id: string) => lookups.nameOf.get(id) ?? id;
  const plan: RelationshipPlan = { added: [], changed: [], unchanged: 0, unchangedLabels: [], addedLabels: [] };
  const broken = { has: (ref: string) => lookups.refused.has(ref) || (options.brokenRefs?.has(ref) ?? false) };
  // A new network has nothing to match by content; skipping the key saves a string per row.
  const matchByContent = byNaturalKey.size > 0;

  for (const item of imported) {
    const { at } = item;
    const source = resolveRef(item.source, 'from', lookups, options.partiesSource, broken);
    const target = resolveRef(item.target, 'to', lookups, options.partiesSource, broken);
    if (!source.ok && source.message) problems.add(problemAt(at, source.message, 'from'));
    if (!target.ok && target.message) problems.add(problemAt(at, target.message, 'to'));
    if (!source.ok || !target.ok) continue;
    if (source.id === target.id) {
      problems.add(problemAt(at, SELF_LOOP_MESSAGE, 'to'));
      continue;
    }
    // A row with a bad value was reported already; it only came this far to check its parties.
    if (item.damaged) continue;
    let match: Relationship | null = null;
    if (item.id !== null) {
      if (fileIds.has(item.id)) {
        problems.add(problemAt(at, `id ${quoteValue(item.id)} is used by two relationships in this file; each needs its own id`, 'id'));
        continue;
      }
      fileIds.add(item.id);
      match = byId.get(item.id) ?? null;
      if (match && match.kind !== item.kind) {
        const stored = RELATIONSHIP_KIND_LABELS[match.kind].toLowerCase();
        problems.add(problemAt(at, `relationship ${quoteValue(item.id)} is a ${stored} relationship in the network; its kind cannot change (leave the id blank to add a new one)`, 'kind'));
        continue;
      }
      if (match && (match.source !== source.id || match.target !== target.id)) {
        problems.add(problemAt(at, `relationship ${quoteValue(item.id)} joins other parties in the network; a relationship cannot be moved (leave the id blank to add a new one)`, 'from'));
        continue;
      }
    } else {
      const candidates = matchByContent ? (byNaturalKey.get(naturalKey(item.kind, source.id, target.id, item.fields)) ?? []).filter((r) => !taken.has(r.id)) : [];
      if (candidates.length > 1) {
        problems.add(problemAt(at, `this matches ${candidates.length} relationships already in the network; add the id column to say which (export the network to see the ids)`, 'id'));
        continue;
      }
      match = candidates[0] ?? null;
    }
    if (match) {
      if (taken.has(match.id)) {
        problems.add(problemAt(at, 'this updates a relationship another row already updates; list each relationship once', 'id'));
        continue;
      }
      taken.add(match.id);
    }
    const merged: Record<string, unknown> = { ...(match ? storedFields(match) : {}), ...item.fields, kind: item.kind };
    // When only the sub-scores are given, the level is their mean again, not the old level.
    if (item.kind === 'TRUSTS' && !('level' in item.fields) && ['reliability', 'missionSupport', 'openness'].some((key) => key in item.fields)) {
      delete merged.level;
    }
    const parsed = relationshipFieldsSchema.safeParse(merged);
    if (!parsed.success) {
      for (const problem of recordIssuesToProblems(parsed.error, merged, at)) problems.add(problem);
      continue;
    }
    const id = match?.id ?? item.id ?? newId();
    // The parsed copy is this function's own, so it becomes the document row without another copy
    // (hundreds of thousands of rows: every copy counts in memory and garbage collection).
    const after = Object.assign(parsed.data, { id, source: source.id, target: target.id }) as DocumentRelationship;
    if (!match) {
      plan.added.push(after);
      if (plan.addedLabels.length < options.sampleLimit) plan.addedLabels.push(relationshipLabel(after, nameOf));
      continue;
    }
    const label = relationshipLabel(after, nameOf);
    const before = storedFields(match) as unknown as Record<string, unknown>;
    const fields = changedFields(before, after as unknown as Record<string, unknown>, Object.keys(before).filter((key) => key !== 'kind'));
    if (fields.length > 0) plan.changed.push({ id: match.id, version: match.version, after, fields, label });
    else {
      plan.unchanged += 1;
      if (plan.unchangedLabels.length < options.sampleLimit) plan.unchangedLabels.push(label);
    }
  }
  return plan;
}
