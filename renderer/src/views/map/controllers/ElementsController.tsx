// Renderless: keeps Cytoscape's elements in line with the projection of the network. A new
// drawing opens with the camera on the saved positions; later changes touch only what differs,
// and on a small map moved parties glide into place. On a very large map Cytoscape holds only
// the parties in view (DetailTierController follows the camera from there).
import { useEffect, useRef } from 'react';
import { detailElements, viewBox } from '../../../core/graph/detailSet';
import { elementBounds } from '../../../core/graph/elementBounds';
import { useMap } from '../../../hooks/useMap';
import { fitTo, viewportFor } from '../../../map/camera';

// Moves of up to this many parties glide into place; more would only cost frames.
export const ANIMATE_MAX_NODES = 400;
// How long the glide takes, with a little to spare, before the camera may fit the result.
export const GLIDE_MS = 450;

export function ElementsController() {
  const { cy, container, graph, elements, detailIndex, draw, overlays } = useMap();
  const opened = useRef(false);
  // A network opened before any party had a place is fitted once the places arrive.
  const fitWhenPlaced = useRef(false);
  const partyCount = graph.parties.length;

  useEffect(() => {
    const first = !opened.current;
    if (first) {
      performance.mark('careweave:draw:start');
      // Camera first, from the saved positions: the elements are then styled once, at its label mode.
      const bounds = elementBounds(elements, { labels: true });
      const viewport = bounds && viewportFor(bounds, container, overlays());
      if (viewport) cy.viewport(viewport);
      fitWhenPlaced.current = bounds === null;
    } else if (fitWhenPlaced.current && elementBounds(elements)) {
      fitWhenPlaced.current = false;
      window.setTimeout(() => fitTo(cy, container, overlays()), GLIDE_MS);
    }
    if (detailIndex) {
      draw(detailElements(detailIndex, viewBox(cy.zoom(), cy.pan(), { width: container.clientWidth, height: container.clientHeight })), false);
    } else {
      draw(elements, !first && partyCount <= ANIMATE_MAX_NODES);
    }
    if (first) {
      opened.current = true;
      // The measure ends once the browser has painted the first frame of the new drawing.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('careweave:draw', 'careweave:draw:start')));
    }
  }, [cy, container, elements, detailIndex, draw, overlays, partyCount]);

  return null;
}
