// Concentric layout: internal customers in the middle, the most connected innermost; external
// customers (patients, clients, families) on the rings outside them, so the people served
// visibly surround the organisations serving them.
import type { LayoutInput, LayoutResult } from './layoutInput';

const RING_GAP = 130;
const NODE_SPACING = 80;

function degrees(input: LayoutInput): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of input.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

// Rings grow outward from `startRadius`; each holds as many nodes as fit at NODE_SPACING.
function placeOnRings(ids: string[], startRadius: number, out: LayoutResult): number {
  let radius = startRadius;
  let index = 0;
  while (index < ids.length) {
    const capacity = radius === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / NODE_SPACING));
    const ring = ids.slice(index, index + capacity);
    ring.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
      out.push({ id, x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
    });
    index += ring.length;
    radius += RING_GAP;
  }
  return radius;
}

export function concentricLayout(input: LayoutInput): LayoutResult {
  const degree = degrees(input);
  const byDegree = (a: string, b: string) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b);
  const internal = input.nodes.filter((node) => node.internal).map((node) => node.id).sort(byDegree);
  const external = input.nodes.filter((node) => !node.internal).map((node) => node.id).sort(byDegree);
  const out: LayoutResult = [];
  const next = placeOnRings(internal, internal.length > 1 ? RING_GAP : 0, out);
  // One empty gap between the two groups keeps the boundary readable.
  placeOnRings(external, internal.length === 0 ? RING_GAP : next + RING_GAP * 0.5, out);
  return out;
}
