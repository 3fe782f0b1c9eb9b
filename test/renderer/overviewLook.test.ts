// How the overview of a two-tier map draws a relationship: faded outside the focus and on days
// the timeline shows it not in effect; a simulation's highlighted chain wins over both.
import { describe, expect, it } from 'vitest';
import { relationshipLook } from '../../renderer/src/map/overviewPainter';
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
