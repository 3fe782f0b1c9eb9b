// Saved views of a network (issue 15): list, save, update (name, content or both) and delete.
import type { SavedView, ViewState } from '../../shared/domain';
import { createRecord, deleteRecord, listRecords, updateRecord } from '../repository/namedRecords';
import { toSavedView, VIEW_RECORDS } from '../repository/savedViews';
import type { ServiceContext } from './context';

export function createViewService(ctx: ServiceContext) {
  return {
    async list(networkId: string): Promise<SavedView[]> {
      return (await listRecords(ctx.db.store(), VIEW_RECORDS, networkId)).map(toSavedView);
    },
    async save(networkId: string, name: string, state: ViewState): Promise<SavedView> {
      return toSavedView(await createRecord(ctx.db.store(), VIEW_RECORDS, { id: ctx.newId(), networkId, name, body: state }, ctx.now()));
    },
    async update(networkId: string, ref: { id: string; version: number }, change: { name?: string | undefined; state?: ViewState | undefined }): Promise<SavedView> {
      const body = change.state;
      const edit = { ...(change.name !== undefined ? { name: change.name } : {}), ...(body !== undefined ? { body } : {}) };
      return toSavedView(await updateRecord(ctx.db.store(), VIEW_RECORDS, networkId, ref, edit, ctx.now()));
    },
    delete(networkId: string, ref: { id: string; version: number }): Promise<void> {
      return deleteRecord(ctx.db.store(), VIEW_RECORDS, networkId, ref);
    },
  };
}
export type ViewService = ReturnType<typeof createViewService>;
