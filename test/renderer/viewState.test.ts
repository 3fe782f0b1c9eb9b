// Saved views as pure data (issue 15): what the map shows becomes a view's state, and showing a
// view changes exactly what differs, skipping parties deleted since and keeping new ones in place.
import { describe, expect, it } from 'vitest';
import { viewStateSchema } from '../../shared/domain';
import { getEmptyFilterState } from '../../renderer/src/core/filters/filterState';
import { captureView, describeView, showView, shownScenario } from '../../renderer/src/core/views/viewState';
import { makeGraph } from './fixtures';

const graph = makeGraph();

describe('saved views', () => {
  it('capture the filters, focus, places, collapsed organisations, decoration and camera', () => {
    const state = captureView(graph, {
      filters: { ...getEmptyFilterState(), hiddenKinds: ['TRUSTS'], trustRange: [2, 5] },
      focus: { on: true, hops: 2, partyIds: ['transit'] },
      collapsed: new Set(['unit']),
      decoration: { scenarioId: 's1', harm: true },
      camera: { zoom: 1.5, pan: { x: 10, y: -20 } },
    });
    expect(viewStateSchema.parse(state)).toEqual(state);
    expect(state).toMatchObject({
      filters: { hiddenKinds: ['TRUSTS'], trustRange: [2, 5] },
      focus: { partyIds: ['transit'], hops: 2 },
      positions: [{ id: 'unit', x: 0, y: 0 }, { id: 'transit', x: 200, y: 0 }, { id: 'patients', x: 100, y: 150 }],
      collapsed: ['unit'],
      camera: { zoom: 1.5 },
    });
    expect(describeView(state, () => 'Transit leaves')).toBe('2 filters · focus on 1 party · 1 organisation collapsed · scenario “Transit leaves” · sized by harm');
    expect(describeView(viewStateSchema.parse({}), () => null)).toBe('the whole map');
  });

  it('show only what differs, without parties deleted since', () => {
    const state = viewStateSchema.parse({
      positions: [{ id: 'unit', x: 0, y: 0 }, { id: 'transit', x: 999, y: 5 }, { id: 'gone', x: 1, y: 1 }],
      focus: { partyIds: ['gone', 'patients'], hops: 3 },
      collapsed: ['gone', 'transit'],
    });
    const shown = showView(graph, state);
    expect(shown.moves).toEqual([{ id: 'transit', x: 999, y: 5 }]);
    expect(shown.focus).toEqual({ on: true, hops: 3, partyIds: ['patients'] });
    expect([...shown.collapsed]).toEqual(['transit']);
  });

  it('find the saved scenario on the map: the one opened, or one asking the same question', () => {
    const scenarios = [{ id: 's1', name: 'A', withdrawn: ['x', 'y'] }, { id: 's2', name: 'B', withdrawn: ['z'] }];
    expect(shownScenario(scenarios, { scenarioName: 'B', asked: ['z'], withdrawn: ['z'] })?.id).toBe('s2');
    expect(shownScenario(scenarios, { scenarioName: null, asked: ['y', 'x'], withdrawn: ['x', 'y'] })?.id).toBe('s1');
    expect(shownScenario(scenarios, { scenarioName: null, asked: ['q'], withdrawn: ['q'] })).toBeNull();
    expect(shownScenario(scenarios, { scenarioName: null, asked: null, withdrawn: [] })).toBeNull();
  });
});
