// The overview's organisation boxes: around the shown members' shapes with Cytoscape's padding,
// one more padding for each level of nesting, none for a hidden organisation or member.
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FRAME_BORDER, organisationFrames } from '../../renderer/src/core/graph/organisationFrames';
import { ORGANISATION_LOOK } from '../../renderer/src/core/graph/organisationStyles';
import { mapStylesheet } from '../../renderer/src/core/stylesheet/mapStylesheet';
import { GRAPH_THEME } from '../../renderer/src/core/graph/theme';

const node = (id: string, x: number | null, y: number, parent?: string, side = 'internal'): ElementDefinition => ({
  group: 'nodes',
  data: { id: `party:${id}`, partyId: id, side, label: id, shortLabel: id, ...(parent ? { parent: `party:${parent}` } : {}) },
  ...(x === null ? {} : { position: { x, y } }),
});
const byId = (nodes: ElementDefinition[]) => new Map(nodes.map((element) => [String(element.data.id), element]));
const { width, height } = GRAPH_THEME.sides.internal;
const pad = ORGANISATION_LOOK.padding + FRAME_BORDER;

describe('organisation frames for the overview', () => {
  // A hospital with a pharmacy and a ward; the ward holds a nursing team (nested).
  const nodes = [node('hospital', null, 0), node('pharmacy', 0, 0, 'hospital'), node('ward', null, 0, 'hospital'), node('nurses', 400, 100, 'ward'), node('clinic', 1000, 1000)];

  it('frames the members with padding, and an outer organisation one padding further out', () => {
    const frames = organisationFrames(byId(nodes), () => true, GRAPH_THEME);
    expect([...frames.keys()].sort()).toEqual(['party:hospital', 'party:ward']);
    expect(frames.get('party:ward')).toEqual({ x1: 400 - width / 2 - pad, y1: 100 - height / 2 - pad, x2: 400 + width / 2 + pad, y2: 100 + height / 2 + pad, side: 'internal' });
    expect(frames.get('party:hospital')).toEqual({ x1: -width / 2 - pad, y1: -height / 2 - pad, x2: 400 + width / 2 + 2 * pad, y2: 100 + height / 2 + 2 * pad, side: 'internal' });
  });

  it('leaves out hidden members and hidden organisations', () => {
    const withoutNurses = organisationFrames(byId(nodes), (id) => id !== 'nurses', GRAPH_THEME);
    expect([...withoutNurses.keys()]).toEqual(['party:hospital']);
    expect(withoutNurses.get('party:hospital')?.x2).toBe(width / 2 + pad);
    expect(organisationFrames(byId(nodes), (id) => id !== 'hospital', GRAPH_THEME).has('party:hospital')).toBe(false);
  });

  it('agrees with the box Cytoscape draws for the same members', () => {
    const elements = nodes.map((element) => ({ ...element, data: { ...element.data } }));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: 'preset', fit: false }, style: mapStylesheet(GRAPH_THEME, { webgl: false, labels: 'none' }) });
    const drawn = cy.$id('party:hospital').boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    const framed = organisationFrames(byId(nodes), () => true, GRAPH_THEME).get('party:hospital')!;
    expect(drawn.x2).toBeGreaterThan(400);
    // Within two units: under a pixel wherever the overview draws (far out).
    for (const [ours, theirs] of [[framed.x1, drawn.x1], [framed.y1, drawn.y1], [framed.x2, drawn.x2], [framed.y2, drawn.y2]] as const) expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(2);
    cy.destroy();
  });
});
