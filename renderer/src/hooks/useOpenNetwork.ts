// Opens a network for the main area and tracks the selected party.
import { useCallback, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import { api } from '../api';
import { toApiError } from '../core/errors/toApiError';
import {
  getEmptyOpenNetworkState,
  openFailed,
  openRequested,
  openSucceeded,
  partySelected,
} from '../core/networks/openNetwork';
import type { OpenNetworkState } from '../core/networks/openNetwork';

export function useOpenNetwork(onError: (error: ApiError) => void): {
  openNetwork: OpenNetworkState;
  open: (networkId: string) => Promise<void>;
  selectParty: (partyId: string | null) => void;
} {
  const [openNetwork, setOpenNetwork] = useState(getEmptyOpenNetworkState);

  const open = useCallback(
    async (networkId: string) => {
      setOpenNetwork((state) => openRequested(state, networkId));
      try {
        const graph = await api.getNetwork({ id: networkId });
        setOpenNetwork((state) => openSucceeded(state, graph));
      } catch (error) {
        setOpenNetwork((state) => openFailed(state, networkId));
        onError(toApiError(error));
      }
    },
    [onError],
  );

  const selectParty = useCallback((partyId: string | null) => {
    setOpenNetwork((state) => partySelected(state, partyId));
  }, []);

  return { openNetwork, open, selectParty };
}
