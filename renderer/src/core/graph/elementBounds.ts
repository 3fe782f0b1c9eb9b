// The extent of a drawing worked out from the projection itself, before anything is on the
// canvas: the camera and the label mode can then be set first, so a large map is styled once
// instead of once for the default zoom and again after fitting.
import type { ElementDefinition } from 'cytoscape';
import type { Bounds } from './fitViewport';
import { GRAPH_THEME } from './theme';

// Room a party's name takes under it, in map units: the stylesheet wraps names at 140 px and
// draws them 5 px below the shape; three lines of the 12 px font, or two of the 18 px short
// label, fit in 48 px. A fitted map keeps this room so no name is cut at the canvas edge or
// slides under the legend.
export const LABEL_ROOM = { width: 140, below: 48 } as const;

export function elementBounds(elements: readonly ElementDefinition[], options: { labels?: boolean } = {}): Bounds | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const element of elements) {
    if (element.group !== 'nodes' || !element.position) continue;
    const look = GRAPH_THEME.sides[element.data.side === 'external' ? 'external' : 'internal'];
    const halfWidth = (options.labels ? Math.max(look.width, LABEL_ROOM.width) : look.width) / 2;
    const below = look.height / 2 + (options.labels ? LABEL_ROOM.below : 0);
    x1 = Math.min(x1, element.position.x - halfWidth);
    x2 = Math.max(x2, element.position.x + halfWidth);
    y1 = Math.min(y1, element.position.y - look.height / 2);
    y2 = Math.max(y2, element.position.y + below);
  }
  return x1 === Infinity ? null : { x1, y1, w: x2 - x1, h: y2 - y1 };
}
