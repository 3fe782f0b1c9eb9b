// Which part of a very large map Cytoscape holds for a camera: the parties in view and the
// relationships among them, or nothing when too many are in view.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildDetailIndex, detailElements, segmentMayMeet, usesOverview, viewBox } from '../../renderer/src/core/graph/detailSet';

const node = (id: string, x: number, y: number): ElementDefinition => ({ group: 'nodes', data: { id, partyId: id, side: 'internal' }, position: { x, y } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({ group: 'edges', data: { id, relationshipId: id, source, target } });

// a(0,0) b(100,0) c(1000,0) d(50,50); a-b, b-c, a-d, c-d
const elements = [node('a', 0, 0), node('b', 100, 0), node('c', 1000, 0), node('d', 50, 50), edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('ad', 'a', 'd'), edge('cd', 'c', 'd')];
const index = buildDetailIndex(elements);
const ids = (list: ElementDefinition[]) => list.map((element) => String(element.data.id));

describe('the detail tier of a very large map', () => {
  it('starts at 10,000 elements on the canvas renderer and at 20,000 with WebGL', () => {
    expect(usesOverview(9_999, false)).toBe(false);
    expect(usesOverview(10_000, false)).toBe(true);
    expect(usesOverview(19_999, true)).toBe(false);
    expect(usesOverview(20_000, true)).toBe(true);
  });

  it('turns a camera into the model box it shows, with a margin', () => {
    // zoom 2, pan (-100, -50), 400 × 200 px: x from 50 to 250, y from 25 to 125; 25% more each side
    expect(viewBox(2, { x: -100, y: -50 }, { width: 400, height: 200 })).toEqual({ x1: 0, y1: 0, x2: 300, y2: 150 });
  });

  it('keeps for the overview every line that may cross the view, ends outside or not', () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 100 };
    expect(segmentMayMeet(box, { x: -50, y: 50 }, { x: 150, y: 50 })).toBe(true);
    expect(segmentMayMeet(box, { x: 50, y: 50 }, { x: 50, y: 50 })).toBe(true);
    expect(segmentMayMeet(box, { x: -50, y: -10 }, { x: -1, y: 300 })).toBe(false);
    expect(segmentMayMeet(box, { x: 101, y: 0 }, { x: 500, y: 100 })).toBe(false);
    expect(segmentMayMeet(box, { x: 50, y: 101 }, { x: 50, y: 101 })).toBe(false);
  });

  it('holds the parties in the box and only the relationships between two of them, parties first', () => {
    const chosen = detailElements(index, { x1: -10, y1: -10, x2: 200, y2: 200 });
    expect(ids(chosen)).toEqual(['a', 'b', 'd', 'ab', 'ad']);
  });

  it('holds nothing when more than the limit would be in view', () => {
    const everything = { x1: -10, y1: -10, x2: 2000, y2: 200 };
    expect(ids(detailElements(index, everything, 8))).toHaveLength(8);
    expect(detailElements(index, everything, 7)).toEqual([]);
    expect(detailElements(index, everything, 3)).toEqual([]);
  });

  it('holds nothing for an empty stretch of the map', () => {
    expect(detailElements(index, { x1: 300, y1: 300, x2: 400, y2: 400 })).toEqual([]);
  });
});
