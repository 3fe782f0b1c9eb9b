// Where the camera goes: fitting the drawing beside the legend, from the drawing itself or, before
// anything is drawn (and on a very large map, whose parties are mostly not in Cytoscape), from
// the saved positions.
import type { Core, ElementDefinition } from 'cytoscape';
import { elementBounds } from '../core/graph/elementBounds';
import { clearancesAround, fitBesideOverlay } from '../core/graph/fitViewport';
import type { Bounds, Viewport } from '../core/graph/fitViewport';
import { GRAPH_THEME } from '../core/graph/theme';
import { partyNodeId } from '../core/graph/toCytoscapeElements';
import type { MapDrawing } from './mapContext';

// Fitting a two-party network would blow it up to the maximum zoom; cap it at a readable size.
export const FIT_OPTIONS = { padding: 48, minZoom: 0.02, maxZoom: 1.5 };

export function viewportFor(bounds: Bounds, container: HTMLElement, overlay: HTMLElement | null): Viewport | null {
  const canvas = container.getBoundingClientRect();
  return fitBesideOverlay(bounds, canvas, overlay ? clearancesAround(canvas, overlay.getBoundingClientRect()) : [], FIT_OPTIONS);
}

export function fitTo(cy: Core, container: HTMLElement, overlay: HTMLElement | null, eles = cy.elements(':visible')): void {
  // The same geometry as the first fit of a network (elementBounds: positions and node sizes,
  // no labels, whose size changes with the zoom-dependent label mode), so "Fit" always frames a
  // map the way it was framed when it opened.
  const nodes: ElementDefinition[] = eles.nodes(':childless').map((node) => ({ group: 'nodes', data: { side: node.data('side') }, position: node.position() }));
  // An organisation's box reaches past its members, its name above it: its corners count too.
  eles.nodes(':parent').forEach((box) => {
    const { x1, y1, x2, y2 } = box.boundingBox({ includeLabels: true });
    const half = GRAPH_THEME.sides.internal;
    for (const position of [{ x: x1 + half.width / 2, y: y1 + half.height / 2 }, { x: x2 - half.width / 2, y: y2 - half.height / 2 }]) nodes.push({ group: 'nodes', data: {}, position });
  });
  const bounds = elementBounds(nodes);
  const viewport = bounds && viewportFor(bounds, container, overlay);
  if (viewport) cy.viewport(viewport);
}

// The camera for these parties (and their neighbours, to see them in context), worked out from
// saved positions.
function frameParties(map: MapDrawing, partyIds: Iterable<string>, withNeighbours: boolean, overlay = map.overlay()): void {
  const index = map.detailIndex;
  if (!index) return;
  const wanted = new Set([...partyIds].map(partyNodeId));
  if (withNeighbours) {
    for (const id of [...wanted]) {
      for (const edge of index.edgesByNode.get(id) ?? []) {
        wanted.add(String(edge.data.source));
        wanted.add(String(edge.data.target));
      }
    }
  }
  const bounds = elementBounds(index.nodes.filter((node) => wanted.has(String(node.data.id))));
  const viewport = bounds && viewportFor(bounds, map.container, overlay);
  if (viewport) map.cy.viewport(viewport);
}

/** Frames every shown party, clear of the legend or of what else floats over the map (a slide's caption). */
export function fitMap(map: MapDrawing, shownPartyIds: ReadonlySet<string>, overlay = map.overlay()): void {
  if (map.detailIndex) frameParties(map, shownPartyIds, false, overlay);
  else fitTo(map.cy, map.container, overlay);
}

/** Frames these parties with their neighbourhood, so a single party is seen in context, not alone at max zoom. */
export function zoomToParties(map: MapDrawing, partyIds: readonly string[]): void {
  if (partyIds.length === 0) return;
  if (map.detailIndex) {
    frameParties(map, partyIds, true);
    return;
  }
  const wanted = new Set(partyIds.map(partyNodeId));
  const nodes = map.cy.nodes().filter((node) => wanted.has(node.id()));
  fitTo(map.cy, map.container, map.overlay(), nodes.union(nodes.openNeighborhood()).filter(':visible'));
}

export function viewportCentre(cy: Core): { x: number; y: number } {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}
