// The presentations area of the handler table.
import type { HandlersOf, presentationsApi } from '../../shared/api';
import type { PresentationService } from '../services/presentationService';

export function createPresentationHandlers(presentations: PresentationService): HandlersOf<typeof presentationsApi> {
  return {
    listPresentations: ({ networkId }) => presentations.list(networkId),
    savePresentation: ({ networkId, name, slides }) => presentations.save(networkId, name, slides),
    updatePresentation: ({ networkId, id, version, name, slides }) => presentations.update(networkId, { id, version }, { name, slides }),
    deletePresentation: async ({ networkId, id, version }) => {
      await presentations.delete(networkId, { id, version });
      return { deleted: true as const };
    },
  };
}
