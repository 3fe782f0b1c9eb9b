// The drawn network is a pure projection of the data: one node per party, one edge per
// relationship. Visual attributes live in the stylesheet, keyed on the data set here.
import type { ElementDefinition } from 'cytoscape';
import type { NetworkGraph, Party, Relationship } from '../../../../shared/domain';
import { mapLabels } from './mapNames';
import type { MapLabels } from './mapNames';
import { iconDataUri, iconForType } from './partyTypeIcons';
import { GRAPH_THEME } from './theme';
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

// One string per icon and colour, shared by every node that shows it.
const iconCache = new Map<string, string>();
function iconFor(party: Party): string {
  const icon = iconForType(party.type);
  const color = GRAPH_THEME.sides[party.side].icon;
  const key = `${icon}|${color}`;
  let uri = iconCache.get(key);
  if (!uri) {
    uri = iconDataUri(icon, color);
    iconCache.set(key, uri);
  }
  return uri;
}

function partyToNode(party: Party, labels: MapLabels): ElementDefinition {
  const node: ElementDefinition = {
    group: 'nodes',
    data: {
      id: partyNodeId(party.id),
      partyId: party.id,
      label: labels.label,
      shortLabel: labels.shortLabel,
      side: party.side,
      type: party.type,
      icon: iconFor(party),
    },
  };
  if (party.x !== null && party.y !== null) node.position = { x: party.x, y: party.y };
  return node;
}

// Amounts only compare within one resource and unit (10 beds and $10,000 are not comparable);
// the square root keeps one large flow from making every other line a hairline.
export function amountWeights(relationships: readonly Relationship[]): Map<string, number> {
  const largest = new Map<string, number>();
  const keyOf = (r: Relationship & { kind: 'RESOURCE_FLOW' }) => `${r.resource}|${r.unit.trim().toLowerCase()}`;
  for (const r of relationships) {
    if (r.kind !== 'RESOURCE_FLOW' || r.amount === null) continue;
    largest.set(keyOf(r), Math.max(largest.get(keyOf(r)) ?? 0, r.amount));
  }
  const weights = new Map<string, number>();
  for (const r of relationships) {
    if (r.kind !== 'RESOURCE_FLOW' || r.amount === null) continue;
    const max = largest.get(keyOf(r)) ?? 0;
    weights.set(r.id, max > 0 ? Math.sqrt(r.amount / max) : 0);
  }
  return weights;
}

function kindData(relationship: Relationship, weights: Map<string, number>): Record<string, unknown> {
  switch (relationship.kind) {
    case 'RESOURCE_FLOW': {
      const weight = weights.get(relationship.id);
      return weight === undefined ? { label: relationship.resource } : { label: relationship.resource, amountWeight: weight };
    }
    case 'TRUSTS':
      return { trustBand: trustBand(relationship.level) };
    case 'RELIES_ON':
      return {};
  }
}

function relationshipToEdge(relationship: Relationship, weights: Map<string, number>): ElementDefinition {
  const { id, source, target, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...fields } = relationship;
  return {
    group: 'edges',
    data: {
      ...fields,
      ...kindData(relationship, weights),
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
  const weights = amountWeights(drawable);
  const labels = mapLabels(graph.parties);
  const fallback = (party: Party): MapLabels => ({ label: party.name, shortLabel: party.name });
  return [...graph.parties.map((party) => partyToNode(party, labels.get(party.id) ?? fallback(party))), ...drawable.map((relationship) => relationshipToEdge(relationship, weights))];
}
