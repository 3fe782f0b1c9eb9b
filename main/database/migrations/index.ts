// Schema migrations, in order. Each one brings the stored data from the version before it to its
// own `version`; ensureSchema runs the ones a database has not had yet, once each, and records the
// version after each. To add one: a file `NNN-what-it-does.ts` in this folder exporting a
// Migration with the next number, listed below. A migration must be safe to run on a database
// that already holds data written by the previous version, and on an empty one.
import type { Migration } from './migration';
import { partyShortName } from './002-party-short-name';
import { scenarioWithdrawnNames } from './003-scenario-withdrawn-names';
import { networkVersions } from './004-network-versions';
import { careLogAndTrustHistory } from './005-care-log-and-trust-history';
import { datedScenarios } from './006-dated-scenarios';
import { insightSettingsMigration } from './007-insight-settings';
import { organisations } from './008-organisations';
import { savedViews } from './009-saved-views';
import { presentations } from './010-presentations';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  partyShortName,
  scenarioWithdrawnNames,
  networkVersions,
  careLogAndTrustHistory,
  datedScenarios,
  insightSettingsMigration,
  organisations,
  savedViews,
  presentations,
];
