// Loads the network list, and keeps retrying quietly while the database is starting.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, DatabaseStatus } from '../../../shared/api';
import type { NetworkSummary } from '../../../shared/domain';
import { api } from '../api/client';
import { toApiError } from '../core/errors/toApiError';
import {
  getEmptyNetworkListState,
  isWaitForDatabase,
  networkListFailed,
  networkListLoaded,
  networkListLoading,
} from '../core/networks/networkList';
import type { NetworkListState } from '../core/networks/networkList';

const RETRY_WHILE_WAITING_MS = 1000;

export function useNetworkList(
  databaseState: DatabaseStatus['state'] | null,
  onError: (error: ApiError) => void,
): { list: NetworkListState; reload: () => Promise<NetworkSummary[] | null> } {
  const [list, setList] = useState(getEmptyNetworkListState);
  // Read at failure time, so a reload started before the status arrived still classifies right.
  const databaseStateRef = useRef(databaseState);
  useEffect(() => {
    databaseStateRef.current = databaseState;
  }, [databaseState]);

  const reload = useCallback(async () => {
    setList(networkListLoading);
    try {
      const networks = await api.listNetworks({});
      setList((state) => networkListLoaded(state, networks));
      return networks;
    } catch (caught) {
      const error = toApiError(caught);
      const wait = isWaitForDatabase(error, databaseStateRef.current);
      setList((state) => networkListFailed(state, error, wait));
      if (!wait) onError(error);
      return null;
    }
  }, [onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (list.phase !== 'waiting-for-database') return;
    // As soon as the status bar sees the database up, try at once instead of waiting.
    const delay = databaseState === 'connected' ? 0 : RETRY_WHILE_WAITING_MS;
    const timer = setTimeout(() => void reload(), delay);
    return () => clearTimeout(timer);
  }, [list, databaseState, reload]);

  return { list, reload };
}
