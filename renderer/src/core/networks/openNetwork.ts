// The network shown in the main area. A slow answer for a network the person has already moved
// away from is ignored; saved edits are merged in as patches. (What is selected lives in
// core/selection, next to the map that owns it.)
import type { NetworkGraph } from '../../../../shared/domain';
import { applyPatch } from '../editor/graphPatch';
import type { GraphPatch } from '../editor/graphPatch';

export type OpenNetworkPhase = 'idle' | 'loading' | 'ready' | 'failed';

export type OpenNetworkState = {
  requestedId: string | null;
  phase: OpenNetworkPhase;
  graph: NetworkGraph | null;
  /** What could not be understood of data other programs wrote into the database, in words. */
  storedDataNotes: string[];
};

export function getEmptyOpenNetworkState(): OpenNetworkState {
  return { requestedId: null, phase: 'idle', graph: null, storedDataNotes: [] };
}

export function openRequested(state: OpenNetworkState, networkId: string): OpenNetworkState {
  // The previous drawing stays up, dimmed, until the new one arrives.
  return { requestedId: networkId, phase: 'loading', graph: state.graph, storedDataNotes: state.storedDataNotes };
}

export function openSucceeded(state: OpenNetworkState, graph: NetworkGraph, storedDataNotes: readonly string[] = []): OpenNetworkState {
  if (graph.network.id !== state.requestedId) return state;
  return { requestedId: graph.network.id, phase: 'ready', graph, storedDataNotes: [...storedDataNotes] };
}

export function openFailed(state: OpenNetworkState, networkId: string): OpenNetworkState {
  if (networkId !== state.requestedId) return state;
  // Fall back to the drawing already on screen, if any; the banner says what failed.
  if (state.graph) {
    return { ...state, requestedId: state.graph.network.id, phase: 'ready' };
  }
  return { ...state, phase: 'failed' };
}

// A saved change to the network on screen; ignored if the person has opened another meanwhile.
export function graphPatched(state: OpenNetworkState, networkId: string, patch: GraphPatch): OpenNetworkState {
  if (!state.graph || state.graph.network.id !== networkId) return state;
  return { ...state, graph: applyPatch(state.graph, patch) };
}

// The open network was renamed: the drawing keeps everything else.
export function networkRenamed(state: OpenNetworkState, network: NetworkGraph['network']): OpenNetworkState {
  if (!state.graph || state.graph.network.id !== network.id) return state;
  return { ...state, graph: { ...state.graph, network } };
}

export function networkClosed(state: OpenNetworkState, networkId: string): OpenNetworkState {
  return state.requestedId === networkId || state.graph?.network.id === networkId ? getEmptyOpenNetworkState() : state;
}
