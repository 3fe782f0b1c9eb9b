// Creates Careweave's constraints and indexes idempotently, runs the migrations the database has
// not had yet (migrations/index.ts) and records the schema version after each.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_KINDS } from '../../shared/domain';
import { MIGRATIONS } from './migrations';

/** Version 1 is the first release's schema; each migration adds one. */
export const SCHEMA_VERSION = Math.max(1, ...MIGRATIONS.map((migration) => migration.version));

// Ids are unique per network, not globally, so a network document keeps its ids when it is
// imported twice (a JSON round trip gives back the same network).
const NODE_STATEMENTS = [
  'CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT party_network_id IF NOT EXISTS FOR (p:Party) REQUIRE (p.networkId, p.id) IS UNIQUE',
  'CREATE CONSTRAINT scenario_network_id IF NOT EXISTS FOR (s:Scenario) REQUIRE (s.networkId, s.id) IS UNIQUE',
  'CREATE INDEX party_network IF NOT EXISTS FOR (p:Party) ON (p.networkId)',
  'CREATE INDEX party_name IF NOT EXISTS FOR (p:Party) ON (p.name)',
  'CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name)',
  'CREATE INDEX scenario_network IF NOT EXISTS FOR (s:Scenario) ON (s.networkId)',
];

const RELATIONSHIP_STATEMENTS = RELATIONSHIP_KINDS.flatMap((kind) => {
  const name = kind.toLowerCase();
  return [
    `CREATE CONSTRAINT ${name}_network_id IF NOT EXISTS FOR ()-[r:${kind}]-() REQUIRE (r.networkId, r.id) IS UNIQUE`,
    `CREATE INDEX ${name}_id IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.id)`,
  ];
});

const statementName = (statement: string): string => /^CREATE (?:CONSTRAINT|INDEX) (\w+) /.exec(statement)?.[1] ?? statement;

export async function ensureSchema(driver: Driver, database?: string): Promise<number> {
  const options = database ? { database } : {};
  // Every start passes here, so look first and create only what is missing: each schema command
  // is planned on its own, and fifteen of them cost over a second of a start on a fresh JVM.
  const [constraints, indexes, stored] = await Promise.all([
    driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, options),
    driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, options),
    driver.executeQuery(`MATCH (s:CareweaveSchema {id: 'schema'}) RETURN s.version AS version`, {}, options),
  ]);
  const existing = new Set<string>([
    ...((constraints.records[0]?.get('names') as string[] | undefined) ?? []),
    ...((indexes.records[0]?.get('names') as string[] | undefined) ?? []),
  ]);
  // Schema commands cannot share a transaction with data writes, so each runs on its own.
  for (const statement of [...NODE_STATEMENTS, ...RELATIONSHIP_STATEMENTS]) {
    if (!existing.has(statementName(statement))) await driver.executeQuery(statement, {}, options);
  }
  // A driver without disableLosslessIntegers hands back a neo4j Integer; its text reads the same.
  const raw = stored.records[0]?.get('version') as { toString(): string } | null | undefined;
  const storedVersion = raw === null || raw === undefined ? undefined : Number(raw.toString());
  if (storedVersion !== undefined && storedVersion >= SCHEMA_VERSION) return storedVersion;
  // A new database starts at version 1 and takes every migration (each is safe on no data).
  const { records } = await driver.executeQuery(
    `MERGE (s:CareweaveSchema {id: 'schema'})
     ON CREATE SET s.version = 1, s.migratedAt = $now
     RETURN s.version AS version`,
    { now: new Date().toISOString() },
    options,
  );
  let version = Number(records[0]?.get('version') ?? 1);
  for (const migration of MIGRATIONS) {
    if (migration.version <= version) continue;
    for (const statement of migration.schema ?? []) await driver.executeQuery(statement, {}, options);
    await migration.run?.(driver, options);
    await driver.executeQuery(
      `MATCH (s:CareweaveSchema {id: 'schema'}) SET s.version = $version, s.migratedAt = $now, s.lastMigration = $description`,
      { version: neo4j.int(migration.version), now: new Date().toISOString(), description: migration.description },
      options,
    );
    version = migration.version;
  }
  return version;
}
