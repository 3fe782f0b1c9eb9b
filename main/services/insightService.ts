// Network insight's stored settings: read a network's thresholds and dismissals, save thresholds,
// dismiss a warning with a note or bring it back. The metrics and warnings themselves are computed
// where they are shown (the renderer's insight worker, the analysts' command line), from
// shared/insight; only what a person decides is stored.
import type { DismissWarningRequest } from '../../shared/api';
import type { InsightSettings, WarningDismissal, WarningThresholds } from '../../shared/domain';
import * as settings from '../repository/insightSettings';
import type { ServiceContext } from './context';

export function createInsightService(ctx: ServiceContext) {
  return {
    get(networkId: string): Promise<InsightSettings> {
      return settings.getInsightSettings(ctx.db.store(), networkId);
    },
    saveThresholds(networkId: string, thresholds: WarningThresholds): Promise<WarningThresholds> {
      return settings.saveWarningThresholds(ctx.db.store(), networkId, thresholds, ctx.now());
    },
    dismiss({ networkId, ...dismissal }: DismissWarningRequest): Promise<WarningDismissal> {
      return settings.dismissWarning(ctx.db.store(), networkId, dismissal, ctx.now());
    },
    restore(networkId: string, key: string): Promise<void> {
      return settings.restoreWarning(ctx.db.store(), networkId, key);
    },
  };
}
export type InsightService = ReturnType<typeof createInsightService>;
