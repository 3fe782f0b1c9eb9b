import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../shared/domain';
import {
  getEmptyOpenNetworkState,
  openFailed,
  openRequested,
  openSucceeded,
  partySelected,
  selectedParty,
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
    expect(opened(graph)).toEqual({ requestedId: 'a', phase: 'ready', graph, selectedPartyId: null });
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

  it('selects a party of the open network and finds it', () => {
    const state = partySelected(opened(graphWithId('a')), 'patients');
    expect(selectedParty(state)?.name).toBe('Patients');
    expect(selectedParty(partySelected(state, null))).toBeNull();
  });

  it('ignores a party that is not in the open network', () => {
    const state = opened(graphWithId('a'));
    expect(partySelected(state, 'nobody')).toBe(state);
  });

  it('keeps the selection when the same network is reloaded, and drops it for another network', () => {
    const selected = partySelected(opened(graphWithId('a')), 'patients');
    expect(openSucceeded(openRequested(selected, 'a'), graphWithId('a')).selectedPartyId).toBe('patients');
    expect(openRequested(selected, 'b').selectedPartyId).toBeNull();
  });
});
