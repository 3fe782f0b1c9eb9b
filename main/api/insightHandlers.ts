// The network-insight area of the handler table.
import type { HandlersOf, insightApi } from '../../shared/api';
import type { InsightService } from '../services/insightService';

export function createInsightHandlers(insight: InsightService): HandlersOf<typeof insightApi> {
  return {
    getInsightSettings: ({ networkId }) => insight.get(networkId),
    saveWarningThresholds: ({ networkId, thresholds }) => insight.saveThresholds(networkId, thresholds),
    dismissWarning: (request) => insight.dismiss(request),
    restoreWarning: async ({ networkId, key }) => {
      await insight.restore(networkId, key);
      return { restored: true as const };
    },
  };
}
