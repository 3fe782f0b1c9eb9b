// Which organisation's leaving would hurt most (issue 15): the criticality ranking of DESIGN.md
// §4.12 for organisations. Each organisation is withdrawn with everyone inside it — a hospital
// leaves with its departments — and harm is Σ of everyone else's chance of losing what they need,
// patients, clients and families weighing `externalWeight` times as much. Each entry is exactly
// what a simulation of that same withdrawal gives (sideBySide.ts).
import { allMembers, membersByOrganisation } from '../domain/organisations';
import type { CompiledNetwork } from './compileNetwork';
import { DEFAULT_EXTERNAL_WEIGHT } from './criticalityRanking';
import type { CriticalityOptions, PartyCriticality } from './criticalityRanking';
import { checkExternalWeight, harmScore } from './harmScore';
import { simulateSideBySide } from './sideBySide';
import { resolveSimulationOptions } from './simulationOptions';

export interface OrganisationCriticality extends PartyCriticality {
  /** Everyone inside the organisation (members of members too), withdrawn with it. */
  readonly members: number;
}

/** Organisations (parties with at least one member) by harm, highest first; ties by name. */
export function organisationRanking(compiled: CompiledNetwork, options: CriticalityOptions = {}): OrganisationCriticality[] {
  const { externalWeight: weight = DEFAULT_EXTERNAL_WEIGHT, onProgress, ...simulation } = options;
  const externalWeight = checkExternalWeight(weight);
  const resolved = resolveSimulationOptions(simulation);
  const members = membersByOrganisation(compiled.network.parties);
  const organisations = [...members.keys()].map((id) => ({ index: compiled.indexOf.get(id)!, inside: allMembers(members, id).map((member) => compiled.indexOf.get(member)!) }));
  const ranking: (OrganisationCriticality & { index: number })[] = [];
  simulateSideBySide(
    compiled,
    organisations.map(({ index, inside }) => [index, ...inside]),
    resolved,
    (position, cascade) => {
      const { index, inside } = organisations[position]!;
      const party = compiled.network.parties[index]!;
      ranking.push({ index, id: party.id, name: party.name, side: party.side, type: party.type, members: inside.length, ...harmScore(compiled, cascade, externalWeight, resolved) });
    },
    onProgress,
  );
  ranking.sort((a, b) => b.harm - a.harm || compiled.nameRank[a.index]! - compiled.nameRank[b.index]!);
  return ranking.map(({ index: _index, ...entry }) => entry);
}
