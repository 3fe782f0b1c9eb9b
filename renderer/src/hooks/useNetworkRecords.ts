// A list of named records the open network keeps (saved views, presentations): read from the
// database, and re-read after every change so a conflict or a change made elsewhere shows at once.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import { toApiError } from '../core/errors/toApiError';

export type NetworkRecords<T> = {
  list: T[] | null;
  error: string | null;
  refresh: () => void;
  /** Runs one change through the API; answers its error (or null) once the list is read again. */
  change: <R>(work: () => Promise<R>) => Promise<{ ok: true; value: R } | { ok: false; error: ApiError }>;
};

export function useNetworkRecords<T>(networkId: string, load: (networkId: string) => Promise<T[]>): NetworkRecords<T> {
  const [list, setList] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setList(await load(networkId));
      setError(null);
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  }, [networkId, load]);
  useEffect(() => void refresh(), [refresh]);

  const change = useCallback(
    async <R,>(work: () => Promise<R>): Promise<{ ok: true; value: R } | { ok: false; error: ApiError }> => {
      try {
        return { ok: true, value: await work() };
      } catch (caught) {
        return { ok: false, error: toApiError(caught) };
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  return { list, error, refresh: () => void refresh(), change };
}
