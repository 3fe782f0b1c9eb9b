// Where the camera goes: fitting the drawing beside the legend, from the drawing itself or, before
// anything is drawn, from the saved positions.
import type { Core, ElementDefinition } from 'cytoscape';
import { elementBounds } from '../../core/graph/elementBounds';
import { clearancesAround, fitBesideOverlay } from '../../core/graph/fitViewport';
import type { Bounds, Viewport } from '../../core/graph/fitViewport';

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
  const nodes: ElementDefinition[] = eles.nodes().map((node) => ({ group: 'nodes', data: { side: node.data('side') }, position: node.position() }));
  const bounds = elementBounds(nodes);
  const viewport = bounds && viewportFor(bounds, container, overlay);
  if (viewport) cy.viewport(viewport);
}
