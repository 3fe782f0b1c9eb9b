// A network's stored insight settings: its warning thresholds and the warnings dismissed with a
// note, read from the database when the network opens and changed through the API. Each change
// answers with what went wrong, or null.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_WARNING_THRESHOLDS } from '../../../shared/domain';
import type { WarningDismissal, WarningThresholds } from '../../../shared/domain';
import type { NetworkWarning } from '../../../shared/insight';
import { api } from '../api/client';
import { toApiError } from '../core/errors/toApiError';

export type InsightSettingsState = {
  thresholds: WarningThresholds;
  dismissals: readonly WarningDismissal[];
  loadError: string | null;
  saveThresholds: (thresholds: WarningThresholds) => Promise<string | null>;
  dismiss: (warning: NetworkWarning, note: string) => Promise<string | null>;
  restore: (key: string) => Promise<string | null>;
};

export function useInsightSettings(networkId: string): InsightSettingsState {
  const [thresholds, setThresholds] = useState<WarningThresholds>(DEFAULT_WARNING_THRESHOLDS);
  const [dismissals, setDismissals] = useState<readonly WarningDismissal[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.getInsightSettings({ networkId }).then(
      (settings) => {
        if (!current) return;
        setThresholds(settings.thresholds);
        setDismissals(settings.dismissals);
        setLoadError(null);
      },
      (error: unknown) => current && setLoadError(`Saved warning settings could not be read: ${toApiError(error).message}`),
    );
    return () => {
      current = false;
    };
  }, [networkId]);

  const attempt = async (work: () => Promise<void>): Promise<string | null> => {
    try {
      await work();
      return null;
    } catch (error) {
      return toApiError(error).message;
    }
  };

  const saveThresholds = useCallback(
    (next: WarningThresholds) =>
      attempt(async () => {
        setThresholds(await api.saveWarningThresholds({ networkId, thresholds: next }));
      }),
    [networkId],
  );
  const dismiss = useCallback(
    (warning: NetworkWarning, note: string) =>
      attempt(async () => {
        const saved = await api.dismissWarning({ networkId, key: warning.key, kind: warning.kind, note, message: warning.message });
        setDismissals((list) => [saved, ...list.filter((entry) => entry.key !== saved.key)]);
      }),
    [networkId],
  );
  const restore = useCallback(
    (key: string) =>
      attempt(async () => {
        await api.restoreWarning({ networkId, key });
        setDismissals((list) => list.filter((entry) => entry.key !== key));
      }),
    [networkId],
  );

  return { thresholds, dismissals, loadError, saveThresholds, dismiss, restore };
}
