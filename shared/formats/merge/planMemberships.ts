// Which organisation each imported party is part of (issue 15). A file names the organisation as
// it names a relationship's parties (an id, a GraphML node or yEd group, a name in a spreadsheet),
// so it is resolved the same way, once every party of the file has its id. The result must not
// loop, counting the memberships the network keeps: a hospital cannot be inside its own ward.
import { SELF_MEMBERSHIP_MESSAGE } from '../../domain';
import type { Party } from '../../domain';
import { fieldLabel } from '../fieldLabels';
import { problemAt } from '../problems';
import type { ProblemCollector } from '../problems';
import type { PartyPlan } from './planParties';
import type { PartyChange } from './planTypes';
import { resolveRef } from './planRelationships';

const PART_OF = 'part of';

export function planMemberships(
  plan: PartyPlan,
  existing: readonly Party[],
  partiesSource: string,
  problems: ProblemCollector,
  brokenRefs: ReadonlySet<string> = new Set(),
): void {
  const broken = { has: (ref: string) => brokenRefs.has(ref) || plan.lookups.refused.has(ref) };
  const resolved: { pending: PartyPlan['memberships'][number]; partOf: string | null }[] = [];
  for (const pending of plan.memberships) {
    const ref = pending.imported.partOf;
    if (ref === undefined) continue;
    if (ref === null) {
      resolved.push({ pending, partOf: null });
      continue;
    }
    const found = resolveRef(ref, PART_OF, plan.lookups, partiesSource, broken);
    if (!found.ok) {
      if (found.message) problems.add(problemAt(pending.imported.at, found.message, PART_OF));
      continue;
    }
    if (found.id === pending.after.id) {
      problems.add(problemAt(pending.imported.at, SELF_MEMBERSHIP_MESSAGE, PART_OF));
      continue;
    }
    resolved.push({ pending, partOf: found.id });
  }

  const organisationAfter = new Map<string, string | null>(existing.map((party) => [party.id, party.partOf]));
  for (const party of plan.added) organisationAfter.set(party.id, party.partOf);
  for (const change of plan.changed) organisationAfter.set(change.id, change.after.partOf);
  for (const { pending, partOf } of resolved) organisationAfter.set(pending.after.id, partOf);
  const changedById = new Map(plan.changed.map((change) => [change.id, change]));
  for (const { pending, partOf } of resolved) {
    if (insideItself(organisationAfter, pending.after.id)) {
      const name = (id: string) => plan.lookups.nameOf.get(id) ?? id;
      problems.add(problemAt(pending.imported.at, `"${name(pending.after.id)}" cannot be part of "${name(partOf ?? '')}": that organisation is already part of it (directly or through others)`, PART_OF));
      continue;
    }
    apply(plan, changedById, pending, partOf);
  }
}

// Whether following organisations upwards from a party comes back to it. A loop further up that
// does not pass through the party (only possible in data written around Careweave) ends the walk.
function insideItself(organisationOf: ReadonlyMap<string, string | null>, id: string): boolean {
  const seen = new Set<string>();
  for (let current = organisationOf.get(id) ?? null; current !== null; current = organisationOf.get(current) ?? null) {
    if (current === id) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

function apply(plan: PartyPlan, changedById: ReadonlyMap<string, PartyChange>, { after, match }: PartyPlan['memberships'][number], partOf: string | null): void {
  if (after.partOf === partOf) return;
  after.partOf = partOf;
  if (!match || match.partOf === partOf) return;
  const change = changedById.get(match.id);
  if (change) {
    if (!change.fields.includes(fieldLabel('partOf'))) change.fields.push(fieldLabel('partOf'));
    return;
  }
  // It was unchanged but for its organisation.
  plan.unchanged -= 1;
  const shown = plan.unchangedNames.indexOf(after.name);
  if (shown >= 0) plan.unchangedNames.splice(shown, 1);
  plan.changed.push({ id: match.id, version: match.version, after, fields: [fieldLabel('partOf')] });
}
