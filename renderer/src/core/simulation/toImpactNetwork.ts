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
    parties: graph.parties.map(({ id, name, side, type }) => ({ id, name, side, type })),
    // A relationship whose end is gone (mid-edit) would make compiling fail; the map skips it too.
    relationships: graph.relationships.filter((r) => partyIds.has(r.source) && partyIds.has(r.target)).map(toImpactRelationship),
  };
}
