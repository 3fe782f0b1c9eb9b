import { describe, expect, it } from 'vitest';
import { activeFilters, applyFilters, filterChoices, FILTERS, sameVisible } from '../../renderer/src/core/filters/filterPipeline';
import { filterActions, getEmptyFilterState } from '../../renderer/src/core/filters/filterState';
import type { FilterState } from '../../renderer/src/core/filters/filterState';
import { focusNeighbourhood } from '../../renderer/src/core/filters/focus';
import { makeGraph } from './fixtures';

const empty = getEmptyFilterState();
const ids = (set: ReadonlySet<string>) => [...set].sort();

describe('filter pipeline', () => {
  const graph = makeGraph();

  it('shows everything when nothing is filtered', () => {
    const visible = applyFilters(graph, empty);
    expect(ids(visible.partyIds)).toEqual(['patients', 'transit', 'unit']);
    expect(ids(visible.relationshipIds)).toEqual(['r1', 'r2', 'r3']);
    expect(visible.active).toBe(false);
  });

  it('tells a result that shows and hides the same from one that does not', () => {
    const all = applyFilters(graph, empty);
    const moved = applyFilters({ ...graph, parties: graph.parties.map((party) => ({ ...party, x: (party.x ?? 0) + 300 })) }, empty);
    expect(sameVisible(all, moved)).toBe(true);
    expect(sameVisible(all, applyFilters(graph, filterActions.toggleKind(empty, 'TRUSTS')))).toBe(false);
    expect(sameVisible(all, applyFilters(graph, filterActions.toggleSide(empty, 'external')))).toBe(false);
    // The same parties and relationships, but with a filter on (that hides nothing here): the
    // map says a filter is on, so not the same.
    const narrowed = applyFilters(graph, filterActions.setTrustRange(empty, [2, 5]));
    expect([narrowed.active, narrowed.partyIds.size, narrowed.relationshipIds.size]).toEqual([true, 3, 3]);
    expect(sameVisible(all, narrowed)).toBe(false);
  });

  it.each<[string, FilterState, string[], string[]]>([
    ['hiding a relationship kind', filterActions.toggleKind(empty, 'TRUSTS'), ['patients', 'transit', 'unit'], ['r1', 'r2']],
    ['a trust range that excludes 2.4', filterActions.setTrustRange(empty, [3, 5]), ['patients', 'transit', 'unit'], ['r1', 'r2']],
    ['a trust range that includes 2.4', filterActions.setTrustRange(empty, [2, 3]), ['patients', 'transit', 'unit'], ['r1', 'r2', 'r3']],
    ['hiding the external side (and its relationships)', filterActions.toggleSide(empty, 'external'), ['transit', 'unit'], ['r3']],
    ['hiding a party type', filterActions.toggleType(empty, 'community agency'), ['patients', 'unit'], ['r2']],
    ['showing one tag only', filterActions.toggleTag(empty, 'rural'), ['patients'], []],
  ])('handles %s', (_name, state, parties, relationships) => {
    const visible = applyFilters(graph, state);
    expect(ids(visible.partyIds)).toEqual(parties);
    expect(ids(visible.relationshipIds)).toEqual(relationships);
    expect(visible.active).toBe(true);
  });

  it('combines filters and never changes the network', () => {
    const before = JSON.stringify(graph);
    const state = filterActions.toggleKind(filterActions.toggleSide(empty, 'external'), 'TRUSTS');
    expect(activeFilters(state).map((f) => f.id)).toEqual(['side', 'kind']);
    expect(applyFilters(graph, state).relationshipIds.size).toBe(0);
    expect(JSON.stringify(graph)).toBe(before);
  });

  it('orders a reversed trust range and toggles back', () => {
    expect(filterActions.setTrustRange(empty, [4, 2]).trustRange).toEqual([2, 4]);
    expect(filterActions.toggleKind(filterActions.toggleKind(empty, 'TRUSTS'), 'TRUSTS')).toEqual(empty);
  });

  it('lists every filter in one registry with a label', () => {
    expect(FILTERS.map((f) => f.id)).toEqual(['side', 'type', 'tags', 'kind', 'trust']);
  });

  it('offers the types and tags used on the map', () => {
    expect(filterChoices(graph)).toEqual({ types: ['community agency', 'hospital unit/department', 'patient'], tags: ['rural'] });
  });
});

describe('focus', () => {
  const graph = makeGraph();
  const visible = applyFilters(graph, empty);

  it.each([
    [0, ['patients'], []],
    // unit→transit joins two parties in focus, so it is in focus too.
    [1, ['patients', 'transit', 'unit'], ['r1', 'r2', 'r3']],
    [2, ['patients', 'transit', 'unit'], ['r1', 'r2', 'r3']],
  ])('keeps the party and its neighbours up to %i steps, either direction', (hops, parties, relationships) => {
    const focus = focusNeighbourhood(graph.relationships, visible, ['patients'], hops);
    expect(ids(focus.partyIds)).toEqual(parties);
    expect(ids(focus.relationshipIds)).toEqual(relationships);
  });

  it('follows only visible relationships', () => {
    const noReliance = applyFilters(graph, filterActions.toggleKind(empty, 'RELIES_ON'));
    expect(ids(focusNeighbourhood(graph.relationships, noReliance, ['patients'], 1).partyIds)).toEqual(['patients', 'unit']);
  });
});
