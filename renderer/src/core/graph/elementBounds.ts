// The extent of a drawing worked out from the projection itself, before anything is on the
// canvas: the camera and the label mode can then be set first, so a large map is styled once
// instead of once for the default zoom and again after fitting.
import type { ElementDefinition } from 'cytoscape';
import type { Bounds } from './fitViewport';
import { GRAPH_THEME } from './theme';

export function elementBounds(elements: readonly ElementDefinition[]): Bounds | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const element of elements) {
    if (element.group !== 'nodes' || !element.position) continue;
    const look = GRAPH_THEME.sides[element.data.side === 'external' ? 'external' : 'internal'];
    x1 = Math.min(x1, element.position.x - look.width / 2);
    x2 = Math.max(x2, element.position.x + look.width / 2);
    y1 = Math.min(y1, element.position.y - look.height / 2);
    y2 = Math.max(y2, element.position.y + look.height / 2);
  }
  return x1 === Infinity ? null : { x1, y1, w: x2 - x1, h: y2 - y1 };
}
