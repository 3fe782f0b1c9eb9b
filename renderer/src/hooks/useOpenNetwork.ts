// Opens a network for the main area and merges saved edits into it.
import { useCallback, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { Network } from '../../../shared/domain';
import { api } from '../api/client';
import type { GraphPatch } from '../core/editor/graphPatch';
import { toApiError } from '../core/errors/toApiError';
import {
  getEmptyOpenNetworkState,
  graphPatched,
  networkClosed,
  networkRenamed,
  openFailed,
  openRequested,
  openSucceeded,
} from '../core/networks/openNetwork';
import type { OpenNetworkState } from '../core/networks/openNetwork';

export type OpenNetworkControls = {
  openNetwork: OpenNetworkState;
  open: (networkId: string) => Promise<void>;
  patch: (networkId: string, patch: GraphPatch) => void;
  renamed: (network: Network) => void;
  close: (networkId: string) => void;
};

export function useOpenNetwork(onError: (error: ApiError) => void): OpenNetworkControls {
  const [openNetwork, setOpenNetwork] = useState(getEmptyOpenNetworkState);

  const open = useCallback(
    async (networkId: string) => {
      setOpenNetwork((state) => openRequested(state, networkId));
      try {
        // Benchmarks read this measure (bench/map.bench.ts): request, transfer and parsing.
        performance.mark('careweave:load:start');
        const { storedDataNotes, ...graph } = await api.getNetwork({ id: networkId });
        performance.measure('careweave:load', 'careweave:load:start');
        setOpenNetwork((state) => openSucceeded(state, graph, storedDataNotes));
      } catch (error) {
        setOpenNetwork((state) => openFailed(state, networkId));
        onError(toApiError(error));
      }
    },
    [onError],
  );

  const patch = useCallback((networkId: string, change: GraphPatch) => {
    setOpenNetwork((state) => graphPatched(state, networkId, change));
  }, []);
  const renamed = useCallback((network: Network) => setOpenNetwork((state) => networkRenamed(state, network)), []);
  const close = useCallback((networkId: string) => setOpenNetwork((state) => networkClosed(state, networkId)), []);

  return { openNetwork, open, patch, renamed, close };
}
