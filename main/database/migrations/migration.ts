// What a schema migration is (the list of them is index.ts).
import type { Driver } from 'neo4j-driver';

export interface Migration {
  readonly version: number;
  /** What it changes, in words (kept on the schema node for people reading Neo4j Browser). */
  readonly description: string;
  /** Schema commands (constraints, indexes), each run on its own. */
  readonly schema?: readonly string[];
  /** Data changes, after the schema commands. */
  readonly run?: (driver: Driver, options: { database?: string }) => Promise<void>;
}
