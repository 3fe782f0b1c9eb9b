// Organisations (issue 15): a party may be part of another party — a hospital's emergency
// department is part of the hospital — and an organisation may itself be part of a larger one.
// Membership is each member's `partOf` (the organisation's party id). These helpers read the
// membership a list of parties describes; they never trust it to be a tree: a link to a party
// that is not in the list, or one that would close a loop, is ignored rather than followed.

export interface MemberLink {
  readonly id: string;
  readonly partOf?: string | null;
}

export const SELF_MEMBERSHIP_MESSAGE = 'A party cannot be part of itself: choose another organisation.';

/** "Cedar Bend ED cannot be part of Cedar Bend Memorial: Cedar Bend Memorial is already part of it." */
export function membershipLoopMessage(memberName: string, organisationName: string): string {
  return `“${memberName}” cannot be part of “${organisationName}”: “${organisationName}” is already part of “${memberName}”. Take one of them out of the other first.`;
}

/**
 * Each party's organisation, for the links that can be followed: the organisation is in the list,
 * is not the party itself, and following the links upwards never comes back to the party.
 */
export function organisationOf(parties: readonly MemberLink[]): Map<string, string> {
  const known = new Set(parties.map((party) => party.id));
  const parent = new Map<string, string>();
  for (const party of parties) {
    if (party.partOf && party.partOf !== party.id && known.has(party.partOf)) parent.set(party.id, party.partOf);
  }
  // A loop (only possible in data written around Careweave's checks) is broken where it is found.
  const settled = new Set<string>();
  for (const start of parent.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !settled.has(current)) {
      if (onPath.has(current)) {
        parent.delete(path[path.length - 1]!);
        break;
      }
      onPath.add(current);
      path.push(current);
      current = parent.get(current);
    }
    for (const id of path) settled.add(id);
  }
  return parent;
}

/** Direct members of each organisation, in the order the parties are listed. */
export function membersByOrganisation(parties: readonly MemberLink[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [member, organisation] of organisationOf(parties)) {
    const list = members.get(organisation);
    if (list) list.push(member);
    else members.set(organisation, [member]);
  }
  return members;
}

/** Everyone inside an organisation, its members' members included, the organisation itself not. */
export function allMembers(members: ReadonlyMap<string, readonly string[]>, organisationId: string): string[] {
  const found: string[] = [];
  const stack = [...(members.get(organisationId) ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    found.push(id);
    const inner = members.get(id);
    if (inner) for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k]!);
  }
  return found;
}

/** The ids given, each followed by everyone inside it, without repeats: who leaves when they leave. */
export function withMembers(parties: readonly MemberLink[], ids: readonly string[]): string[] {
  const members = membersByOrganisation(parties);
  const result = new Set<string>();
  for (const id of ids) {
    result.add(id);
    for (const member of allMembers(members, id)) result.add(member);
  }
  return [...result];
}

/**
 * Why `memberId` cannot become part of `organisationId` given the others' membership, or null
 * when it can: a party cannot be part of itself, nor of anything inside it.
 */
export function membershipRefusal(parties: readonly MemberLink[], memberId: string, organisationId: string | null): 'self' | 'loop' | null {
  if (organisationId === null) return null;
  if (organisationId === memberId) return 'self';
  const parent = organisationOf(parties);
  for (let current: string | undefined = organisationId; current !== undefined; current = parent.get(current)) {
    if (current === memberId) return 'loop';
  }
  return null;
}

/** Membership links of a whole list that form a loop (a member inside itself), as the members' ids. */
export function membershipLoops(parties: readonly MemberLink[]): string[] {
  const kept = organisationOf(parties);
  const known = new Set(parties.map((party) => party.id));
  return parties.filter((party) => party.partOf && party.partOf !== party.id && known.has(party.partOf) && !kept.has(party.id)).map((party) => party.id);
}
