// The open network's saved views and presentations (issue 15): listed, saved, updated, renamed
// and deleted through the API, the list read again after every change.
import { useMemo } from 'react';
import type { ApiError } from '../../../shared/api';
import type { Presentation, SavedView, Slide, ViewState } from '../../../shared/domain';
import { api } from '../api/client';
import { useNetworkRecords } from './useNetworkRecords';

type Ref = { id: string; version: number };

export type RecordList<T extends Ref, Content> = {
  list: T[] | null;
  error: string | null;
  save: (name: string, content: Content) => Promise<ApiError | T>;
  update: (record: T, change: { name?: string; content?: Content }) => Promise<ApiError | null>;
  remove: (record: T) => Promise<ApiError | null>;
};

type Calls<T, Content> = {
  list: (networkId: string) => Promise<T[]>;
  save: (networkId: string, name: string, content: Content) => Promise<T>;
  update: (networkId: string, ref: Ref, change: { name?: string; content?: Content }) => Promise<T>;
  remove: (networkId: string, ref: Ref) => Promise<unknown>;
};

function useRecordList<T extends Ref, Content>(networkId: string, calls: Calls<T, Content>): RecordList<T, Content> {
  const records = useNetworkRecords(networkId, calls.list);
  const { change } = records;
  return useMemo(
    () => ({
      list: records.list,
      error: records.error,
      save: async (name, content) => {
        const result = await change(() => calls.save(networkId, name, content));
        return result.ok ? result.value : result.error;
      },
      update: async (record, edit) => {
        const result = await change(() => calls.update(networkId, { id: record.id, version: record.version }, edit));
        return result.ok ? null : result.error;
      },
      remove: async (record) => {
        const result = await change(() => calls.remove(networkId, { id: record.id, version: record.version }));
        return result.ok ? null : result.error;
      },
    }),
    [records.list, records.error, change, networkId, calls],
  );
}

const VIEW_CALLS: Calls<SavedView, ViewState> = {
  list: (networkId) => api.listViews({ networkId }),
  save: (networkId, name, state) => api.saveView({ networkId, name, state }),
  update: (networkId, ref, { name, content }) => api.updateView({ networkId, ...ref, ...(name !== undefined ? { name } : {}), ...(content !== undefined ? { state: content } : {}) }),
  remove: (networkId, ref) => api.deleteView({ networkId, ...ref }),
};

const PRESENTATION_CALLS: Calls<Presentation, Slide[]> = {
  list: (networkId) => api.listPresentations({ networkId }),
  save: (networkId, name, slides) => api.savePresentation({ networkId, name, slides }),
  update: (networkId, ref, { name, content }) => api.updatePresentation({ networkId, ...ref, ...(name !== undefined ? { name } : {}), ...(content !== undefined ? { slides: content } : {}) }),
  remove: (networkId, ref) => api.deletePresentation({ networkId, ...ref }),
};

export type SavedViews = RecordList<SavedView, ViewState>;
export type Presentations = RecordList<Presentation, Slide[]>;

export function useSavedViews(networkId: string): SavedViews {
  return useRecordList(networkId, VIEW_CALLS);
}

export function usePresentations(networkId: string): Presentations {
  return useRecordList(networkId, PRESENTATION_CALLS);
}
