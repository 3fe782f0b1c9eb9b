// Renderless: puts the simulation's layer (classes and data from mapDecorations) on the live
// Cytoscape instance, and reports right-clicks on parties for the context menu. It touches only
// its own classes and data fields, so the editor's projection and styles stay as they are.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { partyNodeId, relationshipEdgeId } from '../../core/graph/toCytoscapeElements';
import { SIMULATION_CLASSES } from '../../core/simulation/mapDecorations';
import type { Decorations } from '../../core/simulation/mapDecorations';
import type { ChainView } from '../../core/simulation/simulationView';
import type { PartyMenu } from './useWithdrawalAnalysis';
import { publishDecorations } from './decorationsChannel';

const ALL_CLASSES = SIMULATION_CLASSES.join(' ');

type Props = {
  cy: Core | null;
  // The drawn network: re-applied after every change, since new elements arrive bare.
  graph: NetworkGraph;
  decorations: Decorations;
  // The highlighted chain: brought into view when part of it is off screen.
  chain: ChainView | null;
  onPartyMenu: (menu: PartyMenu) => void;
};

// End-to-end tests read what the map really shows through this probe; it exists only in
// automated browsers (navigator.webdriver), never for a person using the app.
type ProbeNode = { partyId: string; classes: string[]; background: string; opacity: number; label: string; width: number; x: number; y: number };
declare global {
  interface Window {
    careweaveMapProbe?: () => ProbeNode[];
  }
}

function applyDecorations(cy: Core, decorations: Decorations): void {
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
  const container = cy.container();
  if (container) container.dataset.simulation = decorations.nodes.size > 0 ? 'shown' : 'none';
}

// The part of the canvas not covered by what floats over it (this layer's actions and key at the
// top right, the editor's legend at the bottom left), in rendered pixels.
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

function showChain(cy: Core, chain: ChainView): void {
  const wanted = new Set(chain.partyIds.map(partyNodeId));
  const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
  if (nodes.empty()) return;
  const free = uncoveredArea(cy);
  const seen = nodes.renderedBoundingBox();
  if (seen.x1 >= free.x && seen.x2 <= free.x + free.w && seen.y1 >= free.y && seen.y2 <= free.y + free.h) return;
  // Bring the whole chain into the uncovered area, zooming out if it must, never in.
  const box = nodes.boundingBox();
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), free.w / Math.max(box.w, 1), free.h / Math.max(box.h, 1)));
  const pan = { x: free.x + free.w / 2 - zoom * (box.x1 + box.w / 2), y: free.y + free.h / 2 - zoom * (box.y1 + box.h / 2) };
  cy.animate({ zoom, pan }, { duration: 300 });
}

export function SimulationMapLayer({ cy, graph, decorations, chain, onPartyMenu }: Props) {
  useEffect(() => {
    if (!cy) return;
    applyDecorations(cy, decorations);
    publishDecorations(cy, decorations);
  }, [cy, graph, decorations]);

  // Nothing of the simulation stays on the overview once the layer is gone.
  useEffect(() => () => {
    if (cy && !cy.destroyed()) publishDecorations(cy, { nodes: new Map(), edges: new Map() });
  }, [cy]);

  useEffect(() => {
    if (cy && chain) showChain(cy, chain);
  }, [cy, chain]);

  // A very large map hands Cytoscape the parties in view as the camera moves; they arrive bare.
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const onAdd = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        applyDecorations(cy, decorations);
      });
    };
    cy.on('add', onAdd);
    return () => {
      cy.removeListener('add', onAdd);
      cancelAnimationFrame(frame);
    };
  }, [cy, decorations]);

  useEffect(() => {
    if (!cy) return;
    const onMenu = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const container = cy.container()?.getBoundingClientRect();
      const at = event.renderedPosition ?? node.renderedPosition();
      onPartyMenu({ partyId: String(node.data('partyId')), x: (container?.left ?? 0) + at.x, y: (container?.top ?? 0) + at.y });
    };
    cy.on('cxttap', 'node', onMenu);
    return () => {
      cy.removeListener('cxttap', 'node', onMenu);
    };
  }, [cy, onPartyMenu]);

  useEffect(() => {
    if (!cy || !navigator.webdriver) return;
    window.careweaveMapProbe = () => {
      const box = cy.container()?.getBoundingClientRect();
      return cy.nodes().map((node) => {
        const at = node.renderedPosition();
        return {
          partyId: String(node.data('partyId')),
          classes: node.classes(),
          background: String(node.style('background-color')),
          opacity: Number(node.style('opacity')),
          label: String(node.style('label')),
          width: node.width(),
          // Where the node is on the page, for clicking it.
          x: (box?.left ?? 0) + at.x,
          y: (box?.top ?? 0) + at.y,
        };
      });
    };
    return () => {
      delete window.careweaveMapProbe;
    };
  }, [cy]);

  return null;
}
