// The open network's saved views (issue 15): listed, saved, updated, renamed and deleted through
// the API.
import { useMemo } from 'react';
import type { ApiError } from '../../../shared/api';
import type { SavedView, ViewState } from '../../../shared/domain';
import { api } from '../api/client';
import { useNetworkRecords } from './useNetworkRecords';

export type SavedViews = {
  list: SavedView[] | null;
  error: string | null;
  save: (name: string, state: ViewState) => Promise<ApiError | SavedView>;
  update: (view: SavedView, change: { name?: string; state?: ViewState }) => Promise<ApiError | null>;
  remove: (view: SavedView) => Promise<ApiError | null>;
};

const listViews = (networkId: string) => api.listViews({ networkId });

export function useSavedViews(networkId: string): SavedViews {
  const records = useNetworkRecords(networkId, listViews);
  const { change } = records;
  return useMemo(
    () => ({
      list: records.list,
      error: records.error,
      save: async (name, state) => {
        const result = await change(() => api.saveView({ networkId, name, state }));
        return result.ok ? result.value : result.error;
      },
      update: async (view, edit) => {
        const result = await change(() => api.updateView({ networkId, id: view.id, version: view.version, ...edit }));
        return result.ok ? null : result.error;
      },
      remove: async (view) => {
        const result = await change(() => api.deleteView({ networkId, id: view.id, version: view.version }));
        return result.ok ? null : result.error;
      },
    }),
    [records.list, records.error, change, networkId],
  );
}
