// The part of an open network the withdrawal model reads, as small plain objects: this is what
// is copied to the simulation worker, so notes, tags and positions stay behind.
import type { ImpactNetwork, ImpactRelationship } from '../../../../shared/analysis';
import type { NetworkGraph, Relationship } from '../../../../shared/domain';

function toImpactRelationship(relationship: Relationship): ImpactRelationship {
  const { id, source, target } = relationship;
  switch (relationship.kind) {
    case 'RELIES_ON':
      return { id, source, target, kind: 'RELIES_ON', service: relationship.service, criticality: relationship.criticality, substitutability: relationship.substitutability };
    case 'RESOURCE_FLOW':
      return { id, source, target, kind: 'RESOURCE_FLOW', resource: relationship.resource, amount: relationship.amount, unit: relationship.unit, period: relationship.period };
    case 'TRUSTS':
      return { id, source, target, kind: 'TRUSTS', level: relationship.level };
  }
}

export function toImpactNetwork(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): ImpactNetwork {
  const partyIds = new Set(graph.parties.map((party) => party.id));
  return {
    // Membership too: withdrawing an organisation withdraws everyone inside it (the worker expands it).
    parties: graph.parties.map(({ id, name, side, type, partOf }) => ({ id, name, side, type, partOf })),
    // A relationship whose end is gone (mid-edit) would make compiling fail; the map skips it too.
    relationships: graph.relationships.filter((r) => partyIds.has(r.source) && partyIds.has(r.target)).map(toImpactRelationship),
  };
}

/**
 * True when two model inputs describe the same network. Moving parties on the map makes a new
 * graph every time; this lets the worker keep its compiled network (and the result on screen)
 * instead of recompiling for a change the model cannot see.
 */
export function sameImpactNetwork(a: ImpactNetwork, b: ImpactNetwork): boolean {
  if (a === b) return true;
  if (a.parties.length !== b.parties.length || a.relationships.length !== b.relationships.length) return false;
  const sameFields = (x: object, y: object) => {
    const xs = Object.entries(x);
    return xs.length === Object.keys(y).length && xs.every(([key, value]) => (y as Record<string, unknown>)[key] === value);
  };
  return a.parties.every((party, i) => sameFields(party, b.parties[i]!)) && a.relationships.every((relationship, i) => sameFields(relationship, b.relationships[i]!));
}
