// Schema migrations, in order. Each one brings the stored data from the version before it to its
// own `version`; ensureSchema runs the ones a database has not had yet, once each, and records the
// version after each. To add one: a file `NNN-what-it-does.ts` in this folder exporting a
// Migration with the next number, listed below. A migration must be safe to run on a database
// that already holds data written by the previous version, and on an empty one.
import { insightSettingsMigration } from './002-insight-settings';
import type { Migration } from './migration';

// The shape lives in migration.ts, so a migration file need not import this list.
export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [insightSettingsMigration];
