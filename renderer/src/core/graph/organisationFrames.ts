// Where an open organisation's box is, worked out from its members' places as Cytoscape would
// size the compound node (its members' shapes plus padding, one more padding for every level of
// nesting): for the overview of a very large map, which draws the boxes Cytoscape is not holding.
import type { ElementDefinition } from 'cytoscape';
import type { Box } from './detailSet';
import type { GraphTheme } from './theme';
import { ORGANISATION_LOOK } from './organisationStyles';

export type OrganisationFrame = Box & { side: 'internal' | 'external' };

// What Cytoscape adds for borders on each level besides the padding, near enough (within two units).
export const FRAME_BORDER = 2;

/**
 * The box of every open organisation (element id → box) that has a shown member with a place.
 * `shown` says whether a party (by party id) passes the filters; a hidden organisation gets no box.
 */
export function organisationFrames(
  nodeById: ReadonlyMap<string, ElementDefinition>,
  shown: (partyId: string) => boolean,
  theme: GraphTheme,
): Map<string, OrganisationFrame> {
  const frames = new Map<string, OrganisationFrame>();
  for (const node of nodeById.values()) {
    const position = node.position;
    if (typeof node.data.parent !== 'string' || !position || !shown(String(node.data.partyId))) continue;
    const size = theme.sides[node.data.side === 'external' ? 'external' : 'internal'];
    let depth = 0;
    for (let parentId: unknown = node.data.parent; typeof parentId === 'string'; parentId = nodeById.get(parentId)?.data.parent) {
      const organisation = nodeById.get(parentId);
      if (!organisation || !shown(String(organisation.data.partyId))) break;
      depth += 1;
      const pad = depth * (ORGANISATION_LOOK.padding + FRAME_BORDER);
      const reach = { x1: position.x - size.width / 2 - pad, y1: position.y - size.height / 2 - pad, x2: position.x + size.width / 2 + pad, y2: position.y + size.height / 2 + pad };
      const known = frames.get(parentId);
      frames.set(
        parentId,
        known
          ? { ...known, x1: Math.min(known.x1, reach.x1), y1: Math.min(known.y1, reach.y1), x2: Math.max(known.x2, reach.x2), y2: Math.max(known.y2, reach.y2) }
          : { ...reach, side: organisation.data.side === 'external' ? 'external' : 'internal' },
      );
    }
  }
  return frames;
}
