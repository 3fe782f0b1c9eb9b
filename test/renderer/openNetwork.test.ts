import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../shared/domain';
import {
  getEmptyOpenNetworkState,
  openFailed,
  openRequested,
  openSucceeded,
  graphPatched,
  networkClosed,
} from '../../renderer/src/core/networks/openNetwork';
import { makeGraph } from './fixtures';

function graphWithId(id: string): NetworkGraph {
  const graph = makeGraph();
  return { ...graph, network: { ...graph.network, id } };
}

const opened = (graph: NetworkGraph) =>
  openSucceeded(openRequested(getEmptyOpenNetworkState(), graph.network.id), graph);

describe('open network state', () => {
  it('opens a requested network', () => {
    const graph = graphWithId('a');
    expect(opened(graph)).toEqual({ requestedId: 'a', phase: 'ready', graph, storedDataNotes: [] });
  });

  it("keeps what was said about data other programs wrote, for the network it was said of", () => {
    const graph = graphWithId('a');
    const notes = ['The stored side of 1 party cannot be read ("X": "middle"); it is shown as internal until you change it.'];
    const withNotes = openSucceeded(openRequested(getEmptyOpenNetworkState(), 'a'), graph, notes);
    expect(withNotes.storedDataNotes).toEqual(notes);
    expect(openSucceeded(openRequested(withNotes, 'b'), graphWithId('b')).storedDataNotes).toEqual([]);
  });

  it('ignores a late answer for a network the person has moved away from', () => {
    const loadingB = openRequested(openRequested(getEmptyOpenNetworkState(), 'a'), 'b');
    expect(openSucceeded(loadingB, graphWithId('a'))).toBe(loadingB);
  });

  it('keeps the previous drawing up while the next network loads', () => {
    const a = graphWithId('a');
    expect(openRequested(opened(a), 'b')).toMatchObject({ requestedId: 'b', phase: 'loading', graph: a });
  });

  it('falls back to the drawing on screen when opening another network fails', () => {
    const a = graphWithId('a');
    const failed = openFailed(openRequested(opened(a), 'b'), 'b');
    expect(failed).toMatchObject({ requestedId: 'a', phase: 'ready', graph: a });
  });

  it('reports failure when there is nothing to fall back to', () => {
    expect(openFailed(openRequested(getEmptyOpenNetworkState(), 'a'), 'a')).toMatchObject({ phase: 'failed', graph: null });
  });

  it('ignores the failure of a request that is no longer current', () => {
    const loadingB = openRequested(openRequested(getEmptyOpenNetworkState(), 'a'), 'b');
    expect(openFailed(loadingB, 'a')).toBe(loadingB);
  });

  it('merges a saved change into the open network, and ignores one for another network', () => {
    const state = opened(graphWithId('a'));
    const patched = graphPatched(state, 'a', { removePartyIds: ['patients'] });
    expect(patched.graph?.parties.map((party) => party.id)).toEqual(['unit', 'transit']);
    expect(graphPatched(state, 'b', { removePartyIds: ['patients'] })).toBe(state);
  });

  it('closes the network when it is deleted', () => {
    expect(networkClosed(opened(graphWithId('a')), 'a').phase).toBe('idle');
  });
});

describe('the open network’s counts in the list', () => {
  it('follow the map, and leave the list alone when nothing changed', async () => {
    const { withOpenCounts } = await import('../../renderer/src/core/networks/openCounts');
    const graph = graphWithId('a');
    const summary = { ...graph.network, partyCount: 0, relationshipCount: 0 };
    const list = { phase: 'ready' as const, networks: [summary], error: null };
    expect(withOpenCounts(list, graph).networks?.[0]).toMatchObject({ partyCount: 3, relationshipCount: 3 });
    const current = { ...list, networks: [{ ...summary, partyCount: 3, relationshipCount: 3 }] };
    expect(withOpenCounts(current, graph)).toBe(current);
    expect(withOpenCounts(list, null)).toBe(list);
  });
});
