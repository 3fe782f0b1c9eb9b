// The network shown in the main area and the party selected in it. A slow answer for a network
// the person has already moved away from is ignored.
import type { NetworkGraph, Party } from '../../../../shared/domain';

export type OpenNetworkPhase = 'idle' | 'loading' | 'ready' | 'failed';

export type OpenNetworkState = {
  requestedId: string | null;
  phase: OpenNetworkPhase;
  graph: NetworkGraph | null;
  selectedPartyId: string | null;
};

export function getEmptyOpenNetworkState(): OpenNetworkState {
  return { requestedId: null, phase: 'idle', graph: null, selectedPartyId: null };
}

export function openRequested(state: OpenNetworkState, networkId: string): OpenNetworkState {
  const sameNetwork = state.graph?.network.id === networkId;
  // The previous drawing stays up, dimmed, until the new one arrives.
  return {
    requestedId: networkId,
    phase: 'loading',
    graph: state.graph,
    selectedPartyId: sameNetwork ? state.selectedPartyId : null,
  };
}

export function openSucceeded(state: OpenNetworkState, graph: NetworkGraph): OpenNetworkState {
  if (graph.network.id !== state.requestedId) return state;
  const keepSelection =
    state.graph?.network.id === graph.network.id &&
    graph.parties.some((party) => party.id === state.selectedPartyId);
  return {
    requestedId: graph.network.id,
    phase: 'ready',
    graph,
    selectedPartyId: keepSelection ? state.selectedPartyId : null,
  };
}

export function openFailed(state: OpenNetworkState, networkId: string): OpenNetworkState {
  if (networkId !== state.requestedId) return state;
  // Fall back to the drawing already on screen, if any; the banner says what failed.
  if (state.graph) {
    return { ...state, requestedId: state.graph.network.id, phase: 'ready' };
  }
  return { ...state, phase: 'failed' };
}

export function partySelected(state: OpenNetworkState, partyId: string | null): OpenNetworkState {
  if (partyId !== null && !state.graph?.parties.some((party) => party.id === partyId)) return state;
  return state.selectedPartyId === partyId ? state : { ...state, selectedPartyId: partyId };
}

export function selectedParty(state: OpenNetworkState): Party | null {
  if (state.selectedPartyId === null) return null;
  return state.graph?.parties.find((party) => party.id === state.selectedPartyId) ?? null;
}
