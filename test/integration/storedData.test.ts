// Data written straight into Neo4j by something other than Careweave — here, Cypher as a person
// types it in Neo4j Browser or a script sends it through the official driver: no ids or
// versions on some elements, a side Careweave does not know, positions and tags as text.
// Opening the network adopts what lacks an id or version (once, in one write) and reports what
// cannot be understood; after that, edits are versioned and the JSON export imports again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../shared/api';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { importFiles, unique } from './exchangeHelpers';

let t: TestBackend;
let networkId: string;

const run = async (query: string, params: Record<string, unknown> = {}) => {
  const store = t.backend.database.store();
  return store.driver.executeQuery(query, params, store.database ? { database: store.database } : {});
};

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.createNetwork({ name: unique('Written by a script'), description: '' })).id;
  // The "script": no version anywhere, one relationship without id, version or networkId.
  await run(
    `CREATE (a:Party {networkId: $n, id: 'unit', name: 'Senior unit', side: 'internal', type: 'hospital unit/department', x: '120.5', y: '33', tags: 'acute; ER'})
     CREATE (b:Party {networkId: $n, id: 'transit', name: 'County Transit', side: 'middle', type: 'community agency', x: 'left', y: 10, tags: 42})
     CREATE (c:Party {networkId: $n, name: 'Families', side: 'External', type: 'family/caregiver'})
     CREATE (a)-[:RELIES_ON {service: 'patient transport', criticality: 9, substitutability: 'limited'}]->(b)
     CREATE (c)-[:TRUSTS {networkId: $n, id: 'trust-1', level: 4}]->(b)`,
    { n: networkId },
  );
});
afterAll(async () => t?.dispose());

describe('a network a script wrote into the database', () => {
  it('is adopted on the first read: every party and relationship gets an id and a version, in the database too', async () => {
    const graph = await t.api.getNetwork({ id: networkId });
    expect(graph.parties.map((party) => [party.name, party.version])).toEqual([
      ['County Transit', 0],
      ['Families', 0],
      ['Senior unit', 0],
    ]);
    expect(graph.parties.find((party) => party.name === 'Families')?.id).toMatch(/^[0-9a-f-]{36}$/);
    const reliance = graph.relationships.find((relationship) => relationship.kind === 'RELIES_ON');
    expect(reliance?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(graph.storedDataNotes[0]).toBe(
      '3 parties and 2 relationships written into the database by another program had no id or version of their own; Careweave gave them one, so they can now be edited, exported and imported again like the rest.',
    );
    const stored = await run(
      `MATCH (p:Party {networkId: $n}) WHERE NOT p.version IS :: INTEGER NOT NULL OR NOT p.id IS :: STRING NOT NULL RETURN count(p) AS parties`,
      { n: networkId },
    );
    expect(Number(stored.records[0]?.get('parties'))).toBe(0);
    const relationships = await run(`MATCH (:Party {networkId: $n})-[r]->() RETURN r.id AS id, r.version AS version, r.networkId AS networkId`, { n: networkId });
    for (const record of relationships.records) {
      expect(typeof record.get('id')).toBe('string');
      expect(Number(record.get('version'))).toBe(0);
      expect(record.get('networkId')).toBe(networkId);
    }
  });

  it('reads what it can understand and says what it cannot, instead of hiding it', async () => {
    const graph = await t.api.getNetwork({ id: networkId });
    const byName = new Map(graph.parties.map((party) => [party.name, party]));
    expect(byName.get('Senior unit')).toMatchObject({ x: 120.5, y: 33, tags: ['acute', 'ER'] });
    expect(byName.get('Families')).toMatchObject({ side: 'external' });
    expect(byName.get('County Transit')).toMatchObject({ side: 'internal', x: null, y: null, tags: [] });
    expect(graph.relationships.find((relationship) => relationship.kind === 'RELIES_ON')).toMatchObject({ criticality: 3, substitutability: 'limited' });
    // Adopted once: the second read no longer mentions it, but still names what it cannot read.
    expect(graph.storedDataNotes).toEqual([
      'The stored side of 1 party cannot be read ("County Transit": "middle"); it is shown as internal until you change it.',
      'The stored tags of 1 party cannot be read ("County Transit": 42); it is shown without tags until you change it.',
      'The stored position of 1 party cannot be read ("County Transit": "left"); it is placed automatically until you change it.',
      'The stored criticality of 1 relationship cannot be read (9); it is shown with criticality 3 until you change it.',
    ]);
  });

  it('versions every edit from then on, so a stale edit is a conflict instead of a silent overwrite', async () => {
    const transit = (await t.api.getNetwork({ id: networkId })).parties.find((party) => party.id === 'transit');
    if (!transit) throw new Error('no transit');
    const { id, networkId: _n, version, createdAt: _c, updatedAt: _u, ...fields } = transit;
    const [first] = await t.api.updateParties({ networkId, parties: [{ id, version, fields: { ...fields, side: 'internal', notes: 'first edit' } }] });
    expect(first?.version).toBe(1);
    const [second] = await t.api.updateParties({ networkId, parties: [{ id, version: 1, fields: { ...fields, notes: 'second edit' } }] });
    expect(second?.version).toBe(2);
    await expect(t.api.updateParties({ networkId, parties: [{ id, version: 0, fields: { ...fields, notes: 'stale' } }] })).rejects.toMatchObject({ code: 'conflict' });
    const after = (await t.api.getNetwork({ id: networkId })).parties.find((party) => party.id === 'transit');
    expect(after).toMatchObject({ version: 2, notes: 'second edit' });
  });

  it('lets the relationship that had no id be edited, and its JSON export be imported again', async () => {
    const graph = await t.api.getNetwork({ id: networkId });
    const reliance = graph.relationships.find((relationship) => relationship.kind === 'RELIES_ON');
    if (reliance?.kind !== 'RELIES_ON') throw new Error('no reliance');
    const { id, version, source: _s, target: _t, networkId: _n, createdAt: _c, updatedAt: _u, ...fields } = reliance;
    const [edited] = await t.api.updateRelationships({ networkId, relationships: [{ id, version, fields: { ...fields, criticality: 4 } }] });
    expect(edited).toMatchObject({ id, version: 1, criticality: 4 });

    const exported: DeliveryResult = await t.api.exportNetworkData({ networkId, format: 'json', delivery: 'download' });
    if (exported.delivered !== 'download') throw new Error('expected a download');
    const result = await importFiles(t.api, exported.files.map((file) => ({ name: file.name, text: file.content })), { networkName: unique('Script copy') });
    const copy = await t.api.getNetwork({ id: result.networkId });
    expect(copy.relationships.map((relationship) => relationship.id).sort()).toEqual(graph.relationships.map((relationship) => relationship.id).sort());
    expect(copy.storedDataNotes).toEqual([]);
  });
});
