// Polls the database status for the status bar. One request at a time: the next poll is
// scheduled only when the previous answer is in, so a slow server is never flooded.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError, DatabaseStatus } from '../../../shared/api';
import { api } from '../api/client';
import { toApiError } from '../core/errors/toApiError';

export const DATABASE_STATUS_POLL_MS = 5000;
// While the database is lost, look often, so the app is usable the moment it is back; while it
// is starting, more often still: a start takes a few seconds, and asking costs main nothing.
const DATABASE_STATUS_WAITING_POLL_MS = 1000;
const DATABASE_STATUS_STARTING_POLL_MS = 250;

export type DatabaseStatusState = {
  status: DatabaseStatus | null;
  failure: ApiError | null;
};

export function useDatabaseStatus(intervalMs = DATABASE_STATUS_POLL_MS): DatabaseStatusState & { refresh: () => void } {
  const [state, setState] = useState<DatabaseStatusState>({ status: null, failure: null });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let connected = false;
      let starting = false;
      try {
        const status = await api.getDatabaseStatus({});
        connected = status.state === 'connected';
        starting = status.state === 'starting';
        if (!cancelled) setState({ status, failure: null });
      } catch (error) {
        if (!cancelled) setState((previous) => ({ status: previous.status, failure: toApiError(error) }));
      }
      const wait = connected ? intervalMs : Math.min(intervalMs, starting ? DATABASE_STATUS_STARTING_POLL_MS : DATABASE_STATUS_WAITING_POLL_MS);
      if (!cancelled) timer = setTimeout(() => void poll(), wait);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [intervalMs, refreshes]);

  const refresh = useCallback(() => setRefreshes((count) => count + 1), []);
  return { ...state, refresh };
}
