// Schema migrations on a real Neo4j: a database left at an older version is brought up to date
// once, and data written before (or by a script that knows nothing of versions) is adopted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema, SCHEMA_VERSION } from '../../main/database/schema';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;

beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => {
  await t?.dispose();
});

describe('schema migrations', () => {
  it('runs the migrations a database has not had, once, and records the version', async () => {
    const driver = t.backend.database.store().driver;
    const id = `old-${Math.random().toString(36).slice(2)}`;
    await driver.executeQuery(`CREATE (:Network {id: $id, name: 'Made before versions', description: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'})`, { id });
    await driver.executeQuery(`MATCH (s:CareweaveSchema {id: 'schema'}) SET s.version = 1`);

    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
    const { records } = await driver.executeQuery('MATCH (n:Network {id: $id}) RETURN n.version AS version', { id });
    expect(Number(records[0]?.get('version'))).toBe(0);
    const schema = await driver.executeQuery(`MATCH (s:CareweaveSchema {id: 'schema'}) RETURN s.version AS version, s.lastMigration AS last`);
    expect(Number(schema.records[0]?.get('version'))).toBe(SCHEMA_VERSION);
    expect(String(schema.records[0]?.get('last'))).not.toBe('');

    // The API reads and renames it like any other network.
    const renamed = await t.api.updateNetwork({ id, version: 0, name: 'Adopted', description: '' });
    expect(renamed.version).toBe(1);
    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
  });
});
