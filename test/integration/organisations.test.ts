// Organisations on a real Neo4j (issue 15): membership is stored as (:Party)-[:PART_OF]->(:Party),
// read back as each member's partOf, changed through the editor's batches (refusing loops and
// unknown organisations), ended and given back by delete and undo, copied with the network, and
// carried by every export format — read back through a real import — and by yEd's groups.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGraph, Party } from '../../shared/domain';
import { DATA_FORMAT_IDS } from '../../shared/formats';
import { organisations } from '../../main/database/migrations/008-organisations';
import { SCHEMA_VERSION } from '../../main/database/schema';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { downloaded, importFiles, rejection, unique } from './exchangeHelpers';

let t: TestBackend;

beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => t?.dispose());

const fields = (name: string, partOf: string | null = null) => ({ name, side: 'internal' as const, type: 'hospital unit/department', partOf });

async function hospitalNetwork(): Promise<{ networkId: string; memorial: Party; ed: Party; pharmacy: Party; transit: Party }> {
  const network = await t.api.createNetwork({ name: unique('Cedar Bend') });
  const networkId = network.id;
  const memorial = await t.api.createParty({ networkId, fields: { ...fields('Cedar Bend Memorial'), type: 'healthcare provider' } });
  const ed = await t.api.createParty({ networkId, fields: fields('Emergency Department', memorial.id) });
  const pharmacy = await t.api.createParty({ networkId, fields: fields('Pharmacy', memorial.id) });
  const transit = await t.api.createParty({ networkId, fields: { ...fields('County Transit'), type: 'community agency' } });
  await t.api.createRelationship({ networkId, source: ed.id, target: transit.id, fields: { kind: 'RELIES_ON', service: 'transport', criticality: 4 } });
  return { networkId, memorial, ed, pharmacy, transit };
}

async function storedMemberships(networkId: string): Promise<string[]> {
  const { records } = await t.backend.database
    .store()
    .driver.executeQuery('MATCH (m:Party {networkId: $networkId})-[r:PART_OF]->(o:Party) RETURN m.name + " PART_OF " + o.name + " (" + r.networkId + ")" AS line ORDER BY line', { networkId });
  return records.map((record) => String(record.get('line')));
}


const byName = (graph: NetworkGraph) => new Map(graph.parties.map((party) => [party.name, party]));

describe('membership in the database', () => {
  it('is a readable PART_OF relationship, not a property, and comes back as partOf', async () => {
    const { networkId, memorial, ed } = await hospitalNetwork();
    expect(ed.partOf).toBe(memorial.id);
    expect(await storedMemberships(networkId)).toEqual([
      `Emergency Department PART_OF Cedar Bend Memorial (${networkId})`,
      `Pharmacy PART_OF Cedar Bend Memorial (${networkId})`,
    ]);
    const { records } = await t.backend.database.store().driver.executeQuery('MATCH (p:Party {networkId: $networkId}) WHERE p.partOf IS NOT NULL RETURN count(p) AS n', { networkId });
    expect(Number(records[0]?.get('n'))).toBe(0);
    const graph = await t.api.getNetwork({ id: networkId });
    expect(byName(graph).get('Pharmacy')?.partOf).toBe(memorial.id);
    expect(byName(graph).get('County Transit')?.partOf).toBeNull();
    // Listing counts relationships of the three kinds only.
    expect((await t.api.listNetworks()).find((network) => network.id === networkId)).toMatchObject({ partyCount: 4, relationshipCount: 1 });
  });

  it('changes with an edit, bumping the version, and refuses loops, itself and unknown organisations, changing nothing', async () => {
    const { networkId, memorial, ed, transit } = await hospitalNetwork();
    const [moved] = await t.api.updateParties({ networkId, parties: [{ id: transit.id, version: transit.version, fields: { ...fields('County Transit', memorial.id), type: 'community agency' } }] });
    expect(moved).toMatchObject({ partOf: memorial.id, version: transit.version + 1 });

    const loop = await rejection(t.api.updateParties({ networkId, parties: [{ id: memorial.id, version: memorial.version, fields: { ...fields('Cedar Bend Memorial', ed.id), type: 'healthcare provider' } }] }));
    expect(loop.code).toBe('invalid_request');
    expect(loop.message).toBe('“Cedar Bend Memorial” cannot be part of “Emergency Department”: “Emergency Department” is already part of “Cedar Bend Memorial”. Take one of them out of the other first.');
    const self = await rejection(t.api.updateParties({ networkId, parties: [{ id: ed.id, version: ed.version, fields: fields('Emergency Department', ed.id) }] }));
    expect(self.message).toMatch(/cannot be part of itself/);
    const unknown = await rejection(t.api.createParty({ networkId, fields: fields('Ghost ward', 'no-such-party') }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toMatch(/organisation "no-such-party" is not in this network/);

    const graph = await t.api.getNetwork({ id: networkId });
    expect(graph.parties).toHaveLength(4);
    expect(byName(graph).get('Cedar Bend Memorial')).toMatchObject({ partOf: null, version: memorial.version });
  });

  it('ends with its organisation and comes back when the delete is undone', async () => {
    const { networkId, memorial, ed } = await hospitalNetwork();
    const deleted = await t.api.deleteElements({ networkId, parties: [{ id: memorial.id, version: memorial.version }] });
    expect(deleted.memberships.map((membership) => membership.organisationId)).toEqual([memorial.id, memorial.id]);
    expect(byName(await t.api.getNetwork({ id: networkId })).get('Emergency Department')?.partOf).toBeNull();

    const restored = await t.api.restoreElements({ networkId, parties: deleted.parties.map(({ networkId: _n, createdAt: _c, updatedAt: _u, ...party }) => party), memberships: deleted.memberships });
    expect(restored.memberships).toHaveLength(2);
    const graph = await t.api.getNetwork({ id: networkId });
    expect(byName(graph).get('Emergency Department')).toMatchObject({ partOf: memorial.id, version: ed.version });
    expect(await storedMemberships(networkId)).toHaveLength(2);
  });

  it('has its migration: the index, and membership Careweave cannot read is removed', async () => {
    const driver = t.backend.database.store().driver;
    const { records: version } = await driver.executeQuery("MATCH (s:CareweaveSchema {id: 'schema'}) RETURN s.version AS version");
    expect(Number(version[0]?.get('version'))).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(organisations.version);
    const { records: indexes } = await driver.executeQuery("SHOW INDEXES YIELD name WHERE name = 'part_of_network' RETURN name");
    expect(indexes).toHaveLength(1);
    const a = await hospitalNetwork();
    const b = await hospitalNetwork();
    // Written around Careweave: across two networks, and a party part of itself.
    await driver.executeQuery(
      `MATCH (x:Party {networkId: $a, id: $transitA}), (y:Party {networkId: $b, id: $memorialB})
       CREATE (x)-[:PART_OF]->(y), (y)-[:PART_OF]->(y)`,
      { a: a.networkId, b: b.networkId, transitA: a.transit.id, memorialB: b.memorial.id },
    );
    await organisations.run!(driver, {});
    expect(await storedMemberships(a.networkId)).toHaveLength(2);
    expect(await storedMemberships(b.networkId)).toHaveLength(2);
  });

  it('is copied with the network', async () => {
    const { networkId, memorial } = await hospitalNetwork();
    const copy = await t.api.duplicateNetwork({ id: networkId, name: unique('Copy') });
    expect(byName(await t.api.getNetwork({ id: copy.id })).get('Pharmacy')?.partOf).toBe(memorial.id);
    expect(await storedMemberships(copy.id)).toHaveLength(2);
  });
});


describe('membership in every export, read back', () => {
  it.each([
    ...DATA_FORMAT_IDS.map((format) => [format, true] as const),
    ['graphml', false] as const,
  ])('%s (yEd drawing: %s) keeps who is part of what', async (format, yedGraphics) => {
    const { networkId } = await hospitalNetwork();
    const files = downloaded(await t.api.exportNetworkData({ networkId, format, delivery: 'download', yedGraphics }));
    const copy = await t.api.getNetwork({ id: (await importFiles(t.api, files, { networkName: unique(`Members via ${format}`) })).networkId });
    const parties = byName(copy);
    const memorial = parties.get('Cedar Bend Memorial')!;
    expect(parties.get('Emergency Department')?.partOf).toBe(memorial.id);
    expect(parties.get('Pharmacy')?.partOf).toBe(memorial.id);
    expect(parties.get('County Transit')?.partOf).toBeNull();
    expect(await storedMemberships(copy.network.id)).toHaveLength(2);
  });

  it('a yEd file with groups imports as organisations, and a connection to a group is one to the organisation', async () => {
    const text = await readFile(join(process.cwd(), 'test', 'formats', 'fixtures', 'yed.graphml'), 'utf8');
    const copy = await t.api.getNetwork({ id: (await importFiles(t.api, [{ name: 'drawn in yEd.graphml', text }], { networkName: unique('From yEd') })).networkId });
    const parties = byName(copy);
    const group = parties.get('Hospital departments')!;
    expect(parties.get('Emergency Department')?.partOf).toBe(group.id);
    expect(parties.get('Pharmacy')?.partOf).toBe(group.id);
    expect(copy.relationships.some((relationship) => relationship.target === group.id && relationship.source === parties.get('County Transit')?.id)).toBe(true);
    expect(await storedMemberships(copy.network.id)).toHaveLength(2);
  });

  it('a merge moves a party into an organisation in one transaction', async () => {
    const { networkId, transit } = await hospitalNetwork();
    await importFiles(t.api, [{ name: 'parties.csv', text: `id,name,part of\n${transit.id},County Transit,Cedar Bend Memorial\n` }], { targetNetworkId: networkId });
    const graph = await t.api.getNetwork({ id: networkId });
    expect(byName(graph).get('County Transit')?.partOf).toBe(byName(graph).get('Cedar Bend Memorial')?.id);
  });
});
