// How the overview of a two-tier map draws a relationship — faded outside the focus and on days
// the timeline shows it not in effect, a simulation's highlighted chain winning over both — and
// how large it draws a party.
import { describe, expect, it } from 'vitest';
import { partySize, relationshipLook } from '../../renderer/src/map/overviewPainter';
import { insightDecorations } from '../../renderer/src/core/insight/insightDecorations';
import { ORGANISATION_LOOK } from '../../renderer/src/core/graph/organisationStyles';
import { GRAPH_THEME } from '../../renderer/src/core/graph/theme';
import { CHAIN_COLOUR } from '../../renderer/src/core/simulation/simulationStyles';

const reliance = { id: 'relationship:r1', relationshipId: 'r1', kind: 'RELIES_ON' };
const none = { focus: null, decorations: null, dimmed: null };

describe('a relationship in the overview', () => {
  it('is drawn in its kind colour, faded when the timeline says it is not in effect', () => {
    expect(relationshipLook(GRAPH_THEME, reliance, none)).toEqual({ color: GRAPH_THEME.reliance.color, faded: false, chain: false });
    expect(relationshipLook(GRAPH_THEME, reliance, { ...none, dimmed: new Set(['r1']) }).faded).toBe(true);
    expect(relationshipLook(GRAPH_THEME, reliance, { ...none, dimmed: new Set(['r2']) }).faded).toBe(false);
  });

  it('fades outside the focus, and a highlighted chain shows whatever the timeline says', () => {
    const focus = { partyIds: new Set<string>(), relationshipIds: new Set(['r2']) };
    expect(relationshipLook(GRAPH_THEME, reliance, { ...none, focus }).faded).toBe(true);
    const decorations = { nodes: new Map(), edges: new Map([['r1', ['sim-chain']]]) };
    expect(relationshipLook(GRAPH_THEME, reliance, { focus: null, decorations, dimmed: new Set(['r1']) })).toEqual({ color: CHAIN_COLOUR, faded: false, chain: true });
  });
});

describe('a party in the overview', () => {
  it('takes its side\'s size, a collapsed organisation\'s, or the size insight gives it', () => {
    const side = { width: GRAPH_THEME.sides.internal.width, height: GRAPH_THEME.sides.internal.height };
    expect(partySize(GRAPH_THEME, 'internal', {}, undefined)).toMatchObject(side);
    expect(partySize(GRAPH_THEME, 'internal', { collapsed: 1 }, undefined)).toEqual({ width: ORGANISATION_LOOK.collapsedWidth, height: ORGANISATION_LOOK.collapsedHeight });
    const party = { id: 'hub', side: 'internal', betweenness: 0.5, singlePointOfFailure: true, harm: null };
    const layer = insightDecorations([party, { ...party, id: 'leaf', betweenness: 0 }] as unknown as Parameters<typeof insightDecorations>[0], true, 'betweenness');
    const hub = partySize(GRAPH_THEME, 'internal', {}, layer.get('hub'));
    expect(hub.width).toBe(Math.round(side.width * 2.4));
    expect(partySize(GRAPH_THEME, 'internal', {}, layer.get('leaf'))).toMatchObject(side);
  });
});
