// Network insight's stored settings (issue 11): each network's warning thresholds, one
// (:InsightSettings {networkId, thresholds}) node, and the warnings people dismissed, one
// (:WarningDismissal {networkId, key, kind, note, message, dismissedAt}) node each. Nothing
// existing changes: the migration gives the new labels their uniqueness and lookup index.
import type { Migration } from './migration';

export const insightSettingsMigration: Migration = {
  version: 7,
  description: 'Network insight: warning thresholds per network and dismissed warnings with their notes',
  schema: [
    'CREATE CONSTRAINT insight_settings_network IF NOT EXISTS FOR (s:InsightSettings) REQUIRE s.networkId IS UNIQUE',
    'CREATE CONSTRAINT warning_dismissal_key IF NOT EXISTS FOR (d:WarningDismissal) REQUIRE (d.networkId, d.key) IS UNIQUE',
    'CREATE INDEX warning_dismissal_network IF NOT EXISTS FOR (d:WarningDismissal) ON (d.networkId)',
  ],
};
