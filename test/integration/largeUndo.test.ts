// Undoing a large delete (issue 16, point 7): 20,000 parties and their relationships come back
// in one undo step, written in chunks each well within the database's transaction memory, and
// a change that cannot be finished leaves nothing half restored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../shared/analysis';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => {
  await t?.dispose();
});

/** A large network written straight into the database in batches (set-up, not what is tested). */
async function largeNetwork(parties: number, relationships: number): Promise<{ id: string }> {
  const network = await t.api.createNetwork({ name: `Large undo ${Date.now()}` });
  const driver = t.backend.database.store().driver;
  const generated = generateNetwork({ parties, relationships, seed: 16 });
  const now = new Date().toISOString();
  for (let at = 0; at < parties; at += 5_000) {
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (:Party {id: row.id, networkId: $networkId, name: row.name, side: row.side, type: row.type, tags: [], notes: '', interests: [], version: 0, createdAt: $now, updatedAt: $now})`,
      { networkId: network.id, now, rows: generated.parties.slice(at, at + 5_000) },
    );
  }
  const reliance = generated.relationships.filter((relationship) => relationship.kind === 'RELIES_ON');
  for (let at = 0; at < reliance.length; at += 5_000) {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Party {networkId: $networkId, id: row.source}) USING INDEX a:Party(networkId, id)
       MATCH (b:Party {networkId: $networkId, id: row.target}) USING INDEX b:Party(networkId, id)
       CREATE (a)-[:RELIES_ON {id: row.id, networkId: $networkId, service: row.service, criticality: toInteger(row.criticality), substitutability: row.substitutability, notes: '', version: 0, createdAt: $now, updatedAt: $now}]->(b)`,
      { networkId: network.id, now, rows: reliance.slice(at, at + 5_000) },
    );
  }
  return network;
}

async function counts(networkId: string) {
  const driver = t.backend.database.store().driver;
  const parties = await driver.executeQuery('MATCH (p:Party {networkId: $networkId}) RETURN count(p) AS n', { networkId });
  const relationships = await driver.executeQuery('MATCH (:Party {networkId: $networkId})-[r]->() RETURN count(r) AS n', { networkId });
  return { parties: Number(parties.records[0]!.get('n')), relationships: Number(relationships.records[0]!.get('n')) };
}

describe('undoing a large delete', () => {
  it('restores 20,000 parties and their relationships in one step', async () => {
    const network = await largeNetwork(20_000, 40_000);
    const before = await counts(network.id);
    const graph = await t.api.getNetwork({ id: network.id });
    const deleted = await t.api.deleteElements({ networkId: network.id, parties: graph.parties.map(({ id, version }) => ({ id, version })) });
    expect(deleted.parties).toHaveLength(20_000);
    expect(await counts(network.id)).toEqual({ parties: 0, relationships: 0 });

    const restored = await t.api.restoreElements({ networkId: network.id, parties: deleted.parties, relationships: deleted.relationships });
    expect(restored.parties).toHaveLength(20_000);
    expect(restored.relationships).toHaveLength(before.relationships);
    expect(await counts(network.id)).toEqual(before);
  }, 600_000);

  it('puts back what it had written when a later chunk fails, and reports the failure', async () => {
    const network = await largeNetwork(12_000, 4_000);
    const graph = await t.api.getNetwork({ id: network.id });
    const before = await counts(network.id);
    // The last party's version is stale: its chunk is refused after two chunks were deleted.
    const refs = graph.parties.map(({ id, version }, index) => ({ id, version: index === graph.parties.length - 1 ? version + 5 : version }));
    await expect(t.api.deleteElements({ networkId: network.id, parties: refs })).rejects.toMatchObject({ code: 'conflict' });
    expect(await counts(network.id)).toEqual(before);
    // Everything came back at the version it had, so the map's copy is still current.
    const after = await t.api.getNetwork({ id: network.id });
    const versions = new Map(graph.parties.map((party) => [party.id, party.version]));
    expect(after.parties.every((party) => party.version === versions.get(party.id))).toBe(true);

    const renamed = graph.parties.map((party, index) => ({ id: party.id, version: index === 7_000 ? party.version + 1 : party.version, fields: { ...party, name: `${party.name} (renamed)` } }));
    await expect(t.api.updateParties({ networkId: network.id, parties: renamed })).rejects.toMatchObject({ code: 'conflict' });
    const unchanged = await t.api.getNetwork({ id: network.id });
    expect(unchanged.parties.filter((party) => party.name.endsWith('(renamed)'))).toEqual([]);
  }, 600_000);
});
