// The drawn network is a pure projection of the data: one node per party, one edge per
// relationship. Visual attributes live in the stylesheet, keyed on the data set here.
import type { ElementDefinition } from 'cytoscape';
import type { NetworkGraph, Party, Relationship } from '../../../../shared/domain';
import type { TrustBand } from './theme';

// Party and relationship ids come from different id spaces (imports may reuse "1", "2"…), and
// Cytoscape needs ids unique across nodes and edges, hence the prefixes.
const PARTY_PREFIX = 'party:';
const RELATIONSHIP_PREFIX = 'relationship:';

export function partyNodeId(partyId: string): string {
  return `${PARTY_PREFIX}${partyId}`;
}

export function relationshipEdgeId(relationshipId: string): string {
  return `${RELATIONSHIP_PREFIX}${relationshipId}`;
}

export function trustBand(level: number): TrustBand {
  return Math.min(5, Math.max(1, Math.round(level))) as TrustBand;
}

function partyToNode(party: Party): ElementDefinition {
  const node: ElementDefinition = {
    group: 'nodes',
    data: { id: partyNodeId(party.id), partyId: party.id, label: party.name, side: party.side, type: party.type },
  };
  if (party.x !== null && party.y !== null) node.position = { x: party.x, y: party.y };
  return node;
}

function kindData(relationship: Relationship): Record<string, unknown> {
  switch (relationship.kind) {
    case 'RESOURCE_FLOW':
      return { label: relationship.resource };
    case 'TRUSTS':
      return { trustBand: trustBand(relationship.level) };
    case 'RELIES_ON':
      return {};
  }
}

function relationshipToEdge(relationship: Relationship): ElementDefinition {
  const { id, source, target, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...fields } = relationship;
  return {
    group: 'edges',
    data: {
      ...fields,
      ...kindData(relationship),
      id: relationshipEdgeId(id),
      relationshipId: id,
      source: partyNodeId(source),
      target: partyNodeId(target),
    },
  };
}

export function toCytoscapeElements(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): ElementDefinition[] {
  const partyIds = new Set(graph.parties.map((party) => party.id));
  // Cytoscape throws on an edge whose end is missing, which would blank the whole canvas.
  const drawable = graph.relationships.filter(
    (relationship) => partyIds.has(relationship.source) && partyIds.has(relationship.target),
  );
  return [...graph.parties.map(partyToNode), ...drawable.map(relationshipToEdge)];
}
