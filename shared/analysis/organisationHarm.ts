// A withdrawal's harm grouped by organisation (issue 15): for each organisation with someone
// inside it hit, how many of its departments (members, and members of members) are withdrawn,
// disrupted or affected — "Cedar Bend Memorial: 5 of 12 departments disrupted". Read from a
// simulation's result; the model itself knows nothing of organisations.
import { allMembers, membersByOrganisation } from '../domain/organisations';
import type { MemberLink } from '../domain/organisations';
import type { ImpactClass } from './partyImpact';

export interface OrganisationHarm {
  readonly id: string;
  readonly name: string;
  /** Everyone inside the organisation. */
  readonly members: number;
  readonly withdrawn: number;
  readonly disrupted: number;
  /** At or above the affected threshold, disrupted ones included. */
  readonly affected: number;
  /** Σ of the chances of the members that did not withdraw. */
  readonly expectedLost: number;
}

interface ResultParty {
  readonly id: string;
  readonly impact: number;
  readonly impactClass: ImpactClass;
}

/** Organisations with at least one member hit, most disrupted first. */
export function harmByOrganisation(parties: readonly (MemberLink & { readonly name: string })[], result: { readonly parties: readonly ResultParty[] }): OrganisationHarm[] {
  const members = membersByOrganisation(parties);
  if (members.size === 0) return [];
  const byId = new Map(result.parties.map((party) => [party.id, party]));
  const names = new Map(parties.map((party) => [party.id, party.name]));
  const grouped: OrganisationHarm[] = [];
  for (const organisation of members.keys()) {
    const inside = allMembers(members, organisation);
    let withdrawn = 0;
    let disrupted = 0;
    let affected = 0;
    let expectedLost = 0;
    for (const id of inside) {
      const party = byId.get(id);
      if (!party) continue;
      if (party.impactClass === 'withdrawn') withdrawn++;
      else expectedLost += party.impact;
      if (party.impactClass === 'disrupted') disrupted++;
      if (party.impactClass === 'disrupted' || party.impactClass === 'affected') affected++;
    }
    if (withdrawn + affected === 0) continue;
    grouped.push({ id: organisation, name: names.get(organisation) ?? organisation, members: inside.length, withdrawn, disrupted, affected, expectedLost });
  }
  return grouped.sort((a, b) => b.disrupted - a.disrupted || b.affected - a.affected || b.expectedLost - a.expectedLost || a.name.localeCompare(b.name));
}

/** "Cedar Bend Memorial: 5 of 12 departments disrupted, 2 more affected". */
export function describeOrganisationHarm(entry: OrganisationHarm): string {
  const of = (count: number) => `${count} of ${entry.members} ${entry.members === 1 ? 'department' : 'departments'}`;
  const parts: string[] = [];
  if (entry.withdrawn > 0) parts.push(`${of(entry.withdrawn)} withdrawn`);
  if (entry.disrupted > 0) parts.push(`${parts.length === 0 ? of(entry.disrupted) : entry.disrupted} disrupted`);
  const onlyAffected = entry.affected - entry.disrupted;
  if (onlyAffected > 0) parts.push(parts.length === 0 ? `${of(onlyAffected)} affected` : `${onlyAffected} more affected`);
  return `${entry.name}: ${parts.join(', ')}`;
}
