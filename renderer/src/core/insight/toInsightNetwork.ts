// The part of an open network that network insight reads, as small plain objects copied to the
// insight worker: what the withdrawal model reads, plus interests and trust's assessment dates.
// Notes, tags and positions stay behind, so dragging a party changes nothing here.
import type { InsightNetwork, InsightParty, InsightRelationship } from '../../../../shared/insight';
import type { NetworkGraph, Relationship } from '../../../../shared/domain';
import { toImpactNetwork } from '../simulation/toImpactNetwork';

export function toInsightNetwork(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): InsightNetwork {
  const impact = toImpactNetwork(graph);
  const interests = new Map(graph.parties.map((party) => [party.id, party.interests]));
  const dates = new Map(graph.relationships.filter((r): r is Extract<Relationship, { kind: 'TRUSTS' }> => r.kind === 'TRUSTS').map((r) => [r.id, r.assessedAt]));
  return {
    parties: impact.parties.map((party): InsightParty => ({ ...party, interests: interests.get(party.id) ?? [] })),
    relationships: impact.relationships.map((relationship): InsightRelationship =>
      relationship.kind === 'TRUSTS' ? { ...relationship, assessedAt: dates.get(relationship.id) ?? null } : relationship,
    ),
  };
}

const sameInterests = (a: InsightParty['interests'], b: InsightParty['interests']) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((interest, i) => interest.topic === b![i]!.topic && interest.stance === b![i]!.stance);

/** True when two inputs describe the same network, so a move on the map does not recompute insight. */
export function sameInsightNetwork(a: InsightNetwork, b: InsightNetwork): boolean {
  if (a === b) return true;
  if (a.parties.length !== b.parties.length || a.relationships.length !== b.relationships.length) return false;
  const sameParty = (x: InsightParty, y: InsightParty) => x.id === y.id && x.name === y.name && x.side === y.side && x.type === y.type && sameInterests(x.interests, y.interests);
  const sameRelationship = (x: InsightRelationship, y: InsightRelationship) => {
    const keys = Object.keys(x) as (keyof InsightRelationship)[];
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
  };
  return a.parties.every((party, i) => sameParty(party, b.parties[i]!)) && a.relationships.every((relationship, i) => sameRelationship(relationship, b.relationships[i]!));
}
