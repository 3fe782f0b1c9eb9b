// What a layout needs from the network: plain, transferable data (it is posted to a worker), with
// each node's drawn size so layouts leave room for it.
import type { NetworkGraph, RelationshipKind } from '../../../../shared/domain';
import type { PartyPosition } from '../../../../shared/api';
import { GRAPH_THEME } from '../graph/theme';

export type LayoutNode = { id: string; internal: boolean; width: number; height: number; x: number | null; y: number | null };
export type LayoutEdge = { source: string; target: string; kind: RelationshipKind };
export type LayoutInput = { nodes: LayoutNode[]; edges: LayoutEdge[] };
export type LayoutResult = PartyPosition[];

export function toLayoutInput(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): LayoutInput {
  return {
    nodes: graph.parties.map((party) => {
      const look = GRAPH_THEME.sides[party.side];
      return { id: party.id, internal: party.side === 'internal', width: look.width, height: look.height, x: party.x, y: party.y };
    }),
    edges: graph.relationships.map((relationship) => ({
      source: relationship.source,
      target: relationship.target,
      kind: relationship.kind,
    })),
  };
}

// Layout algorithms work in their own units; this scales a result so parties sit about
// `spacing` pixels apart on average, whatever the algorithm, and centres it on the origin.
export function normaliseSpread(positions: LayoutResult, spacing = 110): LayoutResult {
  if (positions.length < 2) return positions.map((p) => ({ ...p, x: 0, y: 0 }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
  const scale = Math.sqrt((positions.length * spacing * spacing) / area);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return positions.map(({ id, x, y }) => ({ id, x: Math.round((x - cx) * scale * 10) / 10, y: Math.round((y - cy) * scale * 10) / 10 }));
}
