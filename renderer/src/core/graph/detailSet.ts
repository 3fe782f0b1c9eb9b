// Very large maps are drawn in two tiers. Cytoscape costs about 0.2 ms per element to style,
// measure and draw on a machine without a graphics card (a 60,000-element map took 12 s to
// appear), and each later redraw of the whole map about 17 µs per element on the canvas renderer
// (bench/organisationsAndViews.bench.ts: 255 ms at 15,200 elements, 139 ms at 9,500). So from
// OVERVIEW_MIN_ELEMENTS (one size per renderer) on, a plain canvas draws the whole map as dots and lines
// (overviewPainter.ts) and Cytoscape holds only the parties in view — once few enough are in
// view to be read and edited — and the relationships among them. A relationship that leaves the
// view stays a line of the overview.

import type { ElementDefinition } from 'cytoscape';

// On the canvas renderer (no graphics card to draw with) a map from this size would take a
// quarter of a second and more for every redraw; WebGL keeps the whole map fluid up to twice that.
export const OVERVIEW_MIN_ELEMENTS = { canvas: 10_000, webgl: 20_000 } as const;
// Elements Cytoscape takes at once when zoomed in (well under a second to add and draw).
export const DETAIL_MAX_ELEMENTS = 6_000;

/** Whether a network of this many parties and relationships is drawn in two tiers. */
export function usesOverview(elementCount: number, webgl: boolean): boolean {
  return elementCount >= OVERVIEW_MIN_ELEMENTS[webgl ? 'webgl' : 'canvas'];
}

export type Box = { x1: number; y1: number; x2: number; y2: number };

export type DetailIndex = {
  nodes: readonly ElementDefinition[];
  nodeById: ReadonlyMap<string, ElementDefinition>;
  edgesByNode: ReadonlyMap<string, readonly ElementDefinition[]>;
};

export function buildDetailIndex(elements: readonly ElementDefinition[]): DetailIndex {
  const nodes: ElementDefinition[] = [];
  const nodeById = new Map<string, ElementDefinition>();
  const edgesByNode = new Map<string, ElementDefinition[]>();
  const link = (nodeId: string, edge: ElementDefinition) => {
    const list = edgesByNode.get(nodeId);
    if (list) list.push(edge);
    else edgesByNode.set(nodeId, [edge]);
  };
  for (const element of elements) {
    if (element.group === 'nodes') {
      nodes.push(element);
      nodeById.set(String(element.data.id), element);
    } else {
      link(String(element.data.source), element);
      link(String(element.data.target), element);
    }
  }
  return { nodes, nodeById, edgesByNode };
}

/** The model-space box a camera shows, grown by `margin` of its size on every side. */
export function viewBox(zoom: number, pan: { x: number; y: number }, size: { width: number; height: number }, margin = 0.25): Box {
  const x1 = -pan.x / zoom;
  const y1 = -pan.y / zoom;
  const w = size.width / zoom;
  const h = size.height / zoom;
  return { x1: x1 - w * margin, y1: y1 - h * margin, x2: x1 + w * (1 + margin), y2: y1 + h * (1 + margin) };
}

type Point = { x: number; y: number };

const inside = (box: Box, position: Point | undefined) =>
  position !== undefined && position.x >= box.x1 && position.x <= box.x2 && position.y >= box.y1 && position.y <= box.y2;

/** Whether the line from `a` to `b` may cross the box: their own box meets it (never a false no). */
export function segmentMayMeet(box: Box, a: Point, b: Point): boolean {
  return Math.max(a.x, b.x) >= box.x1 && Math.min(a.x, b.x) <= box.x2 && Math.max(a.y, b.y) >= box.y1 && Math.min(a.y, b.y) <= box.y2;
}

/**
 * What Cytoscape holds for a camera: the parties in the box and the relationships between two of
 * them; nothing when that is more than `max` elements (the overview alone is drawn then).
 * Parties come first, as Cytoscape needs an edge's ends before the edge.
 */
export function detailElements(index: DetailIndex, box: Box, max = DETAIL_MAX_ELEMENTS): ElementDefinition[] {
  const chosen = new Map<string, ElementDefinition>();
  for (const node of index.nodes) {
    if (!inside(box, node.position)) continue;
    chosen.set(String(node.data.id), node);
    if (chosen.size > max) return [];
  }
  // An organisation's box has no place of its own (its members give it one): it comes with them.
  for (const node of [...chosen.values()]) {
    for (let parent = node.data.parent; typeof parent === 'string' && !chosen.has(parent); parent = index.nodeById.get(parent)?.data.parent) {
      const box = index.nodeById.get(parent);
      if (!box) break;
      chosen.set(parent, box);
    }
  }
  const edges = new Map<string, ElementDefinition>();
  for (const id of chosen.keys()) {
    for (const edge of index.edgesByNode.get(id) ?? []) {
      if (!chosen.has(String(edge.data.source)) || !chosen.has(String(edge.data.target))) continue;
      edges.set(String(edge.data.id), edge);
      if (chosen.size + edges.size > max) return [];
    }
  }
  return [...chosen.values(), ...edges.values()];
}
