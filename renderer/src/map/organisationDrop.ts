// Where a dragged party lands among organisations (issue 15): dropped inside an organisation's
// box it joins that organisation, dropped outside its own it leaves. While a member is dragged,
// Cytoscape grows its organisation's box to keep it inside, so the box it is measured against is
// the one it had when the drag began.
import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';

type Box = Pick<BoundingBox12, 'x1' | 'y1' | 'x2' | 'y2'>;

const inside = (box: Box, at: { x: number; y: number }) => at.x >= box.x1 && at.x <= box.x2 && at.y >= box.y1 && at.y <= box.y2;
const area = (box: Box) => (box.x2 - box.x1) * (box.y2 - box.y1);

/** Remembers, for each grabbed node, its organisations' boxes as they were before it moved. */
export function boxesBeforeDrag(node: NodeSingular): Map<string, Box> {
  const boxes = new Map<string, Box>();
  node.ancestors().forEach((ancestor) => {
    const { x1, y1, x2, y2 } = ancestor.boundingBox({ includeLabels: false });
    boxes.set(ancestor.id(), { x1, y1, x2, y2 });
  });
  return boxes;
}

/**
 * The organisation (its node id) a dropped party now belongs to: the smallest organisation box,
 * open or collapsed, that holds the drop point; null when none does. Organisations are nodes with
 * data `organisation`; the party itself and anything inside it never count.
 */
export function dropTarget(cy: Core, node: NodeSingular, before: ReadonlyMap<string, Box>): string | null {
  const at = node.position();
  let best: { id: string; area: number } | null = null;
  cy.nodes('[?organisation]').forEach((candidate) => {
    if (candidate.same(node) || candidate.hasClass('cw-hidden') || candidate.hasClass('cw-hidden-box')) return;
    if (candidate.ancestors().some((ancestor) => ancestor.same(node))) return;
    const box = before.get(candidate.id()) ?? candidate.boundingBox({ includeLabels: false });
    if (!inside(box, at)) return;
    const size = area(box);
    if (!best || size < best.area) best = { id: candidate.id(), area: size };
  });
  return (best as { id: string } | null)?.id ?? null;
}
