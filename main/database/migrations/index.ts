// Schema migrations, in order. Each one brings the stored data from the version before it to its
// own `version`; ensureSchema runs the ones a database has not had yet, once each, and records the
// version after each. To add one: a file `NNN-what-it-does.ts` in this folder exporting a
// Migration with the next number, listed below. A migration must be safe to run on a database
// that already holds data written by the previous version, and on an empty one.
import type { Driver } from 'neo4j-driver';
import { organisations } from './002-organisations';
import { savedViews } from './003-saved-views';
import { presentations } from './004-presentations';

export interface Migration {
  readonly version: number;
  /** What it changes, in words (kept on the schema node for people reading Neo4j Browser). */
  readonly description: string;
  /** Schema commands (constraints, indexes), each run on its own. */
  readonly schema?: readonly string[];
  /** Data changes, after the schema commands. */
  readonly run?: (driver: Driver, options: { database?: string }) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [organisations, savedViews, presentations];
