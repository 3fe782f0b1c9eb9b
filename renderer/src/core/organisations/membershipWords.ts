// Membership changes in words, for the undo history and announcements: "Move Pharmacy into Cedar
// Bend Memorial", "Take Pharmacy out of Cedar Bend Memorial", "Move 3 parties".
import type { Party } from '../../../../shared/domain';
import type { MembershipChange } from '../history/operations';

export function describeMembershipChange(parties: readonly Pick<Party, 'id' | 'name' | 'partOf'>[], changes: readonly MembershipChange[]): string {
  const byId = new Map(parties.map((party) => [party.id, party]));
  const [only] = changes;
  if (changes.length !== 1 || !only) return `Change the organisation of ${changes.length} parties`;
  const party = byId.get(only.id);
  const name = party?.name ?? 'a party';
  if (only.partOf !== null) return `Move “${name}” into “${byId.get(only.partOf)?.name ?? 'an organisation'}”`;
  const left = party?.partOf ? byId.get(party.partOf)?.name : undefined;
  return left ? `Take “${name}” out of “${left}”` : `Take “${name}” out of its organisation`;
}

/** "5 departments", for an organisation's members. */
export function departmentCount(count: number): string {
  return `${count} ${count === 1 ? 'department' : 'departments'}`;
}
