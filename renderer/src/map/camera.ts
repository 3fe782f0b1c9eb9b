// Where the camera goes: fitting the drawing beside what floats over the map (legend, the
// simulation's actions and key, hints), from the drawing itself or, before anything is drawn (and
// on a very large map, whose parties are mostly not in Cytoscape), from the saved positions; and
// the part of the view that nothing covers, where a new party is put and which the camera
// brings a party into.
import type { Core, ElementDefinition } from 'cytoscape';
import { elementBounds } from '../core/graph/elementBounds';
import { clearancesAround, fitBesideOverlays } from '../core/graph/fitViewport';
import type { Bounds, Viewport } from '../core/graph/fitViewport';
import { freeModelArea, panToReveal } from '../core/graph/freeArea';
import type { ModelRect } from '../core/graph/freeArea';
import { GRAPH_THEME } from '../core/graph/theme';
import { partyNodeId } from '../core/graph/toCytoscapeElements';
import type { MapDrawing } from './mapContext';

// Fitting a two-party network would blow it up to the maximum zoom; cap it at a readable size.
export const FIT_OPTIONS = { padding: 20, minZoom: 0.02, maxZoom: 1.5 };

export function viewportFor(bounds: Bounds, container: HTMLElement, overlays: readonly HTMLElement[]): Viewport | null {
  const canvas = container.getBoundingClientRect();
  const size = { width: canvas.width, height: canvas.height };
  return fitBesideOverlays(bounds, size, overlays.map((overlay) => clearancesAround(canvas, overlay.getBoundingClientRect())), FIT_OPTIONS);
}

export function fitTo(cy: Core, container: HTMLElement, overlays: readonly HTMLElement[], eles = cy.elements(':visible')): void {
  // The same geometry as the first fit of a network (elementBounds: positions, node sizes and the
  // room a name takes, not the drawn labels, whose size changes with the zoom-dependent label
  // mode), so "Fit" always frames a map the way it was framed when it opened.
  const nodes: ElementDefinition[] = eles.nodes(':childless').map((node) => ({ group: 'nodes', data: { side: node.data('side') }, position: node.position() }));
  // An organisation's box reaches past its members, its name above it: its corners count too.
  eles.nodes(':parent').forEach((box) => {
    const { x1, y1, x2, y2 } = box.boundingBox({ includeLabels: true });
    const half = GRAPH_THEME.sides.internal;
    for (const position of [{ x: x1 + half.width / 2, y: y1 + half.height / 2 }, { x: x2 - half.width / 2, y: y2 - half.height / 2 }]) nodes.push({ group: 'nodes', data: {}, position });
  });
  const bounds = elementBounds(nodes, { labels: true });
  const viewport = bounds && viewportFor(bounds, container, overlays);
  if (viewport) cy.viewport(viewport);
}

// The camera for these parties (and their neighbours, to see them in context), worked out from
// saved positions.
function frameParties(map: MapDrawing, partyIds: Iterable<string>, withNeighbours: boolean, overlays = map.overlays()): void {
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
  const bounds = elementBounds(index.nodes.filter((node) => wanted.has(String(node.data.id))), { labels: true });
  const viewport = bounds && viewportFor(bounds, map.container, overlays);
  if (viewport) map.cy.viewport(viewport);
}

/** Frames every shown party, clear of what floats over the map (or of what is given: a slide's caption). */
export function fitMap(map: MapDrawing, shownPartyIds: ReadonlySet<string>, overlays = map.overlays()): void {
  if (map.detailIndex) frameParties(map, shownPartyIds, false, overlays);
  else fitTo(map.cy, map.container, overlays);
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
  fitTo(map.cy, map.container, map.overlays(), nodes.union(nodes.openNeighborhood()).filter(':visible'));
}

/** The part of the view nothing floats over, in map units. */
export function freeArea(map: Pick<MapDrawing, 'cy' | 'container' | 'overlays'>): ModelRect {
  const canvas = map.container.getBoundingClientRect();
  const overlays = map.overlays().map((overlay) => overlay.getBoundingClientRect());
  return freeModelArea(canvas, overlays, { zoom: map.cy.zoom(), pan: map.cy.pan() });
}

/** The middle of the free part of the view: where a new party goes when no spot was chosen. */
export function viewportCentre(map: Pick<MapDrawing, 'cy' | 'container' | 'overlays'>): { x: number; y: number } {
  const area = freeArea(map);
  return { x: (area.x1 + area.x2) / 2, y: (area.y1 + area.y2) / 2 };
}

/** Pans, without zooming, just enough that this point (a party just added) is in the free part of the view. */
export function revealPoint(map: Pick<MapDrawing, 'cy' | 'container' | 'overlays'>, point: { x: number; y: number }): void {
  const pan = panToReveal(freeArea(map), point, { zoom: map.cy.zoom(), pan: map.cy.pan() });
  if (pan) map.cy.animate({ pan }, { duration: 250 });
}
