// Withdrawn relationships (DESIGN.md §4.9): a contract or agreement can end without its party
// leaving. The dependent then loses what that relationship alone provided — as if a party holding
// only that relationship had withdrawn — and the loss spreads on from there as in §4.2.
//
// That sentence is taken literally: each ended relationship moves to a stand-in party of its own
// (same name as its provider, `standsFor` its id), which is then withdrawn. The dependent's pair
// with the stand-in weighs exactly that relationship's reliance term or resource share (its share
// of the kind's total, which still counts the ended flow), and its pair with the real provider
// weighs what remains. Everything else in the model then works unchanged.
import type { ImpactNetwork, ImpactParty, ImpactRelationship } from './types';

export class UnknownRelationshipError extends Error {
  readonly ids: readonly string[];

  constructor(ids: readonly string[]) {
    const list = ids.map((id) => `"${id}"`).join(', ');
    super(ids.length === 1 ? `There is no relationship with id ${list} in this network.` : `There are no relationships with ids ${list} in this network.`);
    this.name = 'UnknownRelationshipError';
    this.ids = ids;
  }
}

const STAND_IN_PREFIX = 'ended-agreement:';

export interface EndedNetwork extends ImpactNetwork {
  /** The stand-ins' ids, to withdraw. */
  readonly standIns: readonly string[];
}

export function endRelationships(network: ImpactNetwork, relationshipIds: readonly string[]): EndedNetwork {
  const wanted = new Set(relationshipIds);
  const found = new Map(network.relationships.filter((relationship) => wanted.has(relationship.id)).map((relationship) => [relationship.id, relationship]));
  const unknown = [...wanted].filter((id) => !found.has(id));
  if (unknown.length > 0) throw new UnknownRelationshipError(unknown);
  const trust = [...found.values()].filter((relationship) => relationship.kind === 'TRUSTS');
  if (trust.length > 0) {
    throw new RangeError(`Only reliance and resource-flow relationships can end in a simulation; ${trust.map((r) => `"${r.id}"`).join(', ')} ${trust.length === 1 ? 'is a trust rating' : 'are trust ratings'}, which nobody depends on.`);
  }
  const byId = new Map(network.parties.map((party) => [party.id, party]));
  const taken = new Set(byId.keys());
  const standIns: ImpactParty[] = [];
  const standInFor = new Map<string, string>();
  for (const relationship of found.values()) {
    const providerId = relationship.kind === 'RELIES_ON' ? relationship.target : relationship.source;
    const provider = byId.get(providerId);
    if (!provider) continue; // a relationship to a party that is not there carries nothing anyway
    let id = `${STAND_IN_PREFIX}${relationship.id}`;
    while (taken.has(id)) id = `${id}'`;
    taken.add(id);
    standIns.push({ id, name: provider.name, side: provider.side, type: provider.type, standsFor: provider.id });
    standInFor.set(relationship.id, id);
  }
  const relationships = network.relationships.map((relationship): ImpactRelationship => {
    const standIn = standInFor.get(relationship.id);
    if (standIn === undefined) return relationship;
    return relationship.kind === 'RELIES_ON' ? { ...relationship, target: standIn } : { ...relationship, source: standIn };
  });
  return { parties: [...network.parties, ...standIns], relationships, standIns: standIns.map((party) => party.id) };
}
