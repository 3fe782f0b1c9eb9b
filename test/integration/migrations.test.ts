// The schema migrations on the real Neo4j: data written before them (a party with no short name,
// a scenario with no names beside its ids, a network with no version) is brought up to date once,
// and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema, SCHEMA_VERSION } from '../../main/database/schema';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
const networkId = `migration-${Date.now()}`;

beforeAll(async () => {
  t = await createTestBackend();
}, 60_000);
afterAll(async () => {
  await t.backend.database.store().driver.executeQuery('MATCH (n {networkId: $networkId}) DETACH DELETE n', { networkId });
  await t?.dispose();
});

describe('migrations 2 and 3', () => {
  it('give old parties a short name and old scenarios the names of their parties', async () => {
    const { driver } = t.backend.database.store();
    // As the previous version wrote them: no shortName, no withdrawnNames.
    await driver.executeQuery(
      `CREATE (:Party {id: 'a', networkId: $networkId, name: 'County Transit', side: 'internal', type: 'community agency', version: 0})
       CREATE (:Scenario {id: 's', networkId: $networkId, name: 'Transit leaves', withdrawn: ['a', 'gone'], params: '{}', version: 0})
       WITH 1 AS done
       MATCH (schema:CareweaveSchema {id: 'schema'}) SET schema.version = 1`,
      { networkId },
    );
    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
    const read = async () =>
      (
        await driver.executeQuery(
          `MATCH (p:Party {networkId: $networkId, id: 'a'}), (s:Scenario {networkId: $networkId, id: 's'})
           RETURN p.shortName AS shortName, s.withdrawnNames AS names`,
          { networkId },
        )
      ).records[0]!.toObject();
    expect(await read()).toEqual({ shortName: '', names: ['County Transit', ''] });
    // A second run finds nothing left to do.
    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
    expect(await read()).toEqual({ shortName: '', names: ['County Transit', ''] });
  });
});

describe('migration 4', () => {
  it('gives networks made before versions existed version 0, and renaming one then works as usual', async () => {
    const driver = t.backend.database.store().driver;
    const id = `old-${Math.random().toString(36).slice(2)}`;
    await driver.executeQuery(`CREATE (:Network {id: $id, name: 'Made before versions', description: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z'})`, { id });
    await driver.executeQuery(`MATCH (s:CareweaveSchema {id: 'schema'}) SET s.version = 3`);

    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
    const { records } = await driver.executeQuery('MATCH (n:Network {id: $id}) RETURN n.version AS version', { id });
    expect(Number(records[0]?.get('version'))).toBe(0);
    const renamed = await t.api.updateNetwork({ id, version: 0, name: 'Adopted', description: '' });
    expect(renamed.version).toBe(1);
    await t.api.deleteNetwork({ id });
  });
});
