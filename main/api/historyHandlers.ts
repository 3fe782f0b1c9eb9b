// The care log and trust history area of the handler table (issue 12).
import type { HandlersOf, historyApi } from '../../shared/api';
import type { HistoryService } from '../services/historyService';

export function createHistoryHandlers(history: HistoryService): HandlersOf<typeof historyApi> {
  return {
    getNetworkHistory: ({ networkId }) => history.get(networkId),
    addCareLogEntry: ({ networkId, subject, fields }) => history.addEntry(networkId, subject, fields),
    updateCareLogEntry: ({ networkId, id, version, fields }) => history.updateEntry(networkId, id, version, fields),
    deleteCareLogEntry: async ({ networkId, id, version }) => {
      await history.deleteEntry(networkId, id, version);
      return { deleted: true as const };
    },
    recordTrustAssessment: ({ networkId, relationshipId, version, fields }) => history.recordAssessment(networkId, relationshipId, version, fields),
    deleteTrustAssessment: async ({ networkId, id }) => {
      await history.deleteAssessment(networkId, id);
      return { deleted: true as const };
    },
  };
}
