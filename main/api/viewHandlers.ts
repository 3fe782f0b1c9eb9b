// The saved-views area of the handler table.
import type { HandlersOf, viewsApi } from '../../shared/api';
import type { ViewService } from '../services/viewService';

export function createViewHandlers(views: ViewService): HandlersOf<typeof viewsApi> {
  return {
    listViews: ({ networkId }) => views.list(networkId),
    saveView: ({ networkId, name, state }) => views.save(networkId, name, state),
    updateView: ({ networkId, id, version, name, state }) => views.update(networkId, { id, version }, { name, state }),
    deleteView: async ({ networkId, id, version }) => {
      await views.delete(networkId, { id, version });
      return { deleted: true as const };
    },
  };
}
