// The withdrawal simulation's layer on the live map: the classes and data mapDecorations worked
// out, put on Cytoscape's elements, and the highlighted chain brought into view. It touches only
// its own classes and data fields, so the editor's projection and styles stay as they are.
import type { Core } from 'cytoscape';
import { partyNodeId, relationshipEdgeId } from '../core/graph/toCytoscapeElements';
import { SIMULATION_CLASSES } from '../core/simulation/mapDecorations';
import type { Decorations } from '../core/simulation/mapDecorations';
import type { ChainView } from '../core/simulation/simulationView';

const ALL_CLASSES = SIMULATION_CLASSES.join(' ');

export function applyDecorations(cy: Core, decorations: Decorations): void {
  cy.batch(() => {
    cy.elements(`.${SIMULATION_CLASSES.join(', .')}`).removeClass(ALL_CLASSES);
    for (const [partyId, decoration] of decorations.nodes) {
      const node = cy.getElementById(partyNodeId(partyId));
      if (node.empty()) continue;
      node.data(decoration.data);
      node.addClass(decoration.classes.join(' '));
    }
    for (const [relationshipId, classes] of decorations.edges) {
      if (classes.length > 0) cy.getElementById(relationshipEdgeId(relationshipId)).addClass(classes.join(' '));
    }
  });
}

// The part of the canvas not covered by what floats over it (the simulation's actions and key at
// the top right, the editor's legend at the bottom left), in rendered pixels.
function uncoveredArea(cy: Core): { x: number; y: number; w: number; h: number } {
  const container = cy.container();
  const margin = 16;
  if (!container) return { x: 0, y: 0, w: cy.width(), h: cy.height() };
  const rect = container.getBoundingClientRect();
  const stage = container.parentElement;
  const top = stage?.querySelector('.sim-stage')?.getBoundingClientRect();
  const bottom = stage?.querySelector('.legend')?.getBoundingClientRect();
  const y = top ? Math.max(0, top.bottom - rect.top) + margin : margin;
  const h = rect.height - y - (bottom ? Math.max(0, rect.bottom - bottom.top) : 0) - margin;
  // Too little left between the two: use the whole canvas rather than a sliver.
  return h < 120 ? { x: margin, y: margin, w: rect.width - 2 * margin, h: rect.height - 2 * margin } : { x: margin, y, w: rect.width - 2 * margin, h };
}

/** Brings the whole chain into the uncovered area when part of it is hidden, zooming out if it must, never in. */
export function showChain(cy: Core, chain: ChainView): void {
  const wanted = new Set(chain.partyIds.map(partyNodeId));
  const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
  if (nodes.empty()) return;
  const free = uncoveredArea(cy);
  const seen = nodes.renderedBoundingBox();
  if (seen.x1 >= free.x && seen.x2 <= free.x + free.w && seen.y1 >= free.y && seen.y2 <= free.y + free.h) return;
  const box = nodes.boundingBox();
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), free.w / Math.max(box.w, 1), free.h / Math.max(box.h, 1)));
  const pan = { x: free.x + free.w / 2 - zoom * (box.x1 + box.w / 2), y: free.y + free.h / 2 - zoom * (box.y1 + box.h / 2) };
  cy.animate({ zoom, pan }, { duration: 300 });
}
