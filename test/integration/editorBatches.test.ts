// The editor's batch calls on the real Neo4j: delete a selection and get back exactly what went,
// restore it with the same ids (undo), bulk updates with optimistic versions, positions that
// never bump versions, and duplicating a network in one go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Party, Relationship } from '../../shared/domain';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;

beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => {
  await t?.dispose();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const caught = await promise.then(() => null, (error: unknown) => error);
  expect(caught).toBeInstanceOf(ApiError);
  return caught as ApiError;
}

async function smallNetwork() {
  const network = await t.api.createNetwork({ name: `Batch ${Math.random().toString(36).slice(2)}` });
  const networkId = network.id;
  const unit = await t.api.createParty({ networkId, fields: { name: 'Unit', side: 'internal', type: 'hospital unit/department', x: 1, y: 2 } });
  const transit = await t.api.createParty({ networkId, fields: { name: 'Transit', side: 'internal', type: 'community agency', tags: ['county'] } });
  const family = await t.api.createParty({
    networkId,
    fields: { name: 'Families', side: 'external', type: 'family/caregiver', interests: [{ topic: 'discharge', stance: 'wants faster' }] },
  });
  const relies = await t.api.createRelationship({
    networkId, source: family.id, target: transit.id, fields: { kind: 'RELIES_ON', service: 'transport', criticality: 5, substitutability: 'limited' },
  });
  const flow = await t.api.createRelationship({
    networkId, source: unit.id, target: family.id, fields: { kind: 'RESOURCE_FLOW', resource: 'beds', amount: 4, unit: 'beds', period: 'month' },
  });
  const trust = await t.api.createRelationship({
    networkId, source: unit.id, target: transit.id, fields: { kind: 'TRUSTS', reliability: 2, openness: 4, assessedAt: '2026-03-31' },
  });
  return { networkId, unit, transit, family, relies, flow, trust };
}

const strip = <T extends { version: number; updatedAt: string; createdAt: string }>({ version: _v, updatedAt: _u, createdAt: _c, ...rest }: T) => rest;

describe('deleteElements and restoreElements (undo of a delete)', () => {
  it('deletes a party with its relationships, returns all of it, and restores it with the same ids', async () => {
    const n = await smallNetwork();
    const before = await t.api.getNetwork({ id: n.networkId });
    const deleted = await t.api.deleteElements({ networkId: n.networkId, parties: [{ id: n.transit.id, version: n.transit.version }] });
    expect(deleted.parties.map((p) => p.id)).toEqual([n.transit.id]);
    expect(deleted.relationships.map((r) => r.id).sort()).toEqual([n.relies.id, n.trust.id].sort());
    const after = await t.api.getNetwork({ id: n.networkId });
    expect(after.parties).toHaveLength(2);
    expect(after.relationships.map((r) => r.id)).toEqual([n.flow.id]);

    const restored = await t.api.restoreElements({ networkId: n.networkId, parties: deleted.parties, relationships: deleted.relationships });
    expect(restored.parties[0]?.version).toBe(n.transit.version + 1);
    const back = await t.api.getNetwork({ id: n.networkId });
    expect(back.parties.map(strip)).toEqual(before.parties.map(strip));
    const sortById = (list: Relationship[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(strip);
    expect(sortById(back.relationships)).toEqual(sortById(before.relationships));
  });

  it('refuses a stale version and deletes nothing', async () => {
    const n = await smallNetwork();
    await t.api.updateParties({ networkId: n.networkId, parties: [{ id: n.unit.id, version: n.unit.version, fields: { ...n.unit, notes: 'changed' } }] });
    const error = await failure(
      t.api.deleteElements({ networkId: n.networkId, parties: [{ id: n.unit.id, version: n.unit.version }, { id: n.family.id, version: 0 }] }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/"Unit" changed elsewhere/);
    expect((await t.api.getNetwork({ id: n.networkId })).parties).toHaveLength(3);
  });

  it('refuses to restore over an element that exists, and writes nothing', async () => {
    const n = await smallNetwork();
    const error = await failure(
      t.api.restoreElements({
        networkId: n.networkId,
        parties: [{ ...n.unit, id: 'brand-new', name: 'New' }, n.transit],
      }),
    );
    expect(error.code).toBe('conflict');
    expect((await t.api.getNetwork({ id: n.networkId })).parties.some((p) => p.id === 'brand-new')).toBe(false);
  });

  it('rolls back a restore whose relationship points at a missing party', async () => {
    const n = await smallNetwork();
    const error = await failure(
      t.api.restoreElements({
        networkId: n.networkId,
        parties: [{ ...n.unit, id: 'p-new' }],
        relationships: [{ ...n.relies, id: 'r-new', source: 'p-new', target: 'ghost' }],
      }),
    );
    expect(error.code).toBe('not_found');
    expect((await t.api.getNetwork({ id: n.networkId })).parties.some((p) => p.id === 'p-new')).toBe(false);
  });
});

describe('bulk updates', () => {
  it('tags several parties in one call and bumps each version', async () => {
    const n = await smallNetwork();
    const updated = await t.api.updateParties({
      networkId: n.networkId,
      parties: [n.unit, n.transit].map((party: Party) => ({ id: party.id, version: party.version, fields: { ...party, tags: [...party.tags, 'board'] } })),
    });
    expect(updated.map((p) => [p.name, p.tags, p.version])).toEqual(
      expect.arrayContaining([['Unit', ['board'], 1], ['Transit', ['county', 'board'], 1]]),
    );
  });

  it('updates relationships of several kinds and refuses a change of kind', async () => {
    const n = await smallNetwork();
    const [relies] = await t.api.updateRelationships({
      networkId: n.networkId,
      relationships: [{ id: n.relies.id, version: 0, fields: { kind: 'RELIES_ON', service: 'rides', criticality: 2 } }],
    });
    expect(relies).toMatchObject({ service: 'rides', criticality: 2, version: 1 });
    const error = await failure(
      t.api.updateRelationships({ networkId: n.networkId, relationships: [{ id: n.trust.id, version: 0, fields: { kind: 'RELIES_ON', service: 'x' } }] }),
    );
    expect(error.message).toMatch(/cannot change its kind/);
  });
});

describe('versions and missing elements in batches', () => {
  it('refuses a relationship at a stale version or one that is gone, changing nothing', async () => {
    const n = await smallNetwork();
    await t.api.updateRelationships({ networkId: n.networkId, relationships: [{ id: n.trust.id, version: 0, fields: { kind: 'TRUSTS', level: 4 } }] });
    const stale = await failure(
      t.api.deleteElements({ networkId: n.networkId, relationships: [{ id: n.trust.id, version: 0 }, { id: n.flow.id, version: 0 }] }),
    );
    expect(stale.code).toBe('conflict');
    const gone = await failure(t.api.deleteElements({ networkId: n.networkId, relationships: [{ id: 'no-such', version: 0 }, { id: n.flow.id, version: 0 }] }));
    expect(gone.code).toBe('not_found');
    expect(gone.message).toMatch(/no longer exist/);
    expect((await t.api.getNetwork({ id: n.networkId })).relationships).toHaveLength(3);
  });

  it('deletes relationships of every kind by id and leaves the parties', async () => {
    const n = await smallNetwork();
    const deleted = await t.api.deleteElements({
      networkId: n.networkId,
      relationships: [n.relies, n.flow, n.trust].map((r) => ({ id: r.id, version: r.version })),
    });
    expect(deleted.relationships.map((r) => r.kind).sort()).toEqual(['RELIES_ON', 'RESOURCE_FLOW', 'TRUSTS']);
    expect(deleted.parties).toEqual([]);
    const graph = await t.api.getNetwork({ id: n.networkId });
    expect([graph.parties.length, graph.relationships.length]).toEqual([3, 0]);
  });
});

describe('savePositions', () => {
  it('saves positions without touching versions, skipping parties that are gone', async () => {
    const n = await smallNetwork();
    const { saved } = await t.api.savePositions({
      networkId: n.networkId,
      positions: [{ id: n.unit.id, x: 10.5, y: -3 }, { id: n.family.id, x: 0, y: 0 }, { id: 'gone', x: 1, y: 1 }],
    });
    expect(saved).toBe(2);
    const graph = await t.api.getNetwork({ id: n.networkId });
    const unit = graph.parties.find((p) => p.id === n.unit.id);
    expect(unit).toMatchObject({ x: 10.5, y: -3, version: 0 });
    // The party's own edit at its version still goes through.
    await t.api.updateParties({ networkId: n.networkId, parties: [{ id: n.unit.id, version: 0, fields: { ...unit!, notes: 'ok' } }] });
  });
});

describe('duplicateNetwork', () => {
  it('copies every party and relationship with the same ids into a new network', async () => {
    const n = await smallNetwork();
    const copy = await t.api.duplicateNetwork({ id: n.networkId, name: 'Copy of batch' });
    const original = await t.api.getNetwork({ id: n.networkId });
    const duplicated = await t.api.getNetwork({ id: copy.id });
    expect(copy.id).not.toBe(n.networkId);
    expect(duplicated.network.name).toBe('Copy of batch');
    const comparable = (graph: typeof original) => ({
      parties: graph.parties.map(({ networkId: _n, ...p }) => strip(p)),
      relationships: graph.relationships.map(({ networkId: _n, ...r }) => strip(r)).sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(comparable(duplicated)).toEqual(comparable(original));
    // Editing the copy leaves the original alone.
    await t.api.deleteElements({ networkId: copy.id, parties: [{ id: n.unit.id, version: 0 }] });
    expect((await t.api.getNetwork({ id: n.networkId })).parties).toHaveLength(3);
  });

  it('says so when the network to copy is gone', async () => {
    const error = await failure(t.api.duplicateNetwork({ id: 'no-such-network', name: 'X' }));
    expect(error.code).toBe('not_found');
  });
});
