// The schema migrations of issue 14 on the real Neo4j: data written before them (a party with no
// short name, a scenario with no names beside its ids) is brought up to date once, and a second
// run changes nothing.
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
