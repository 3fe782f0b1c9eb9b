// CRUD round trips through the real router, services and repository on a real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Party } from '../../shared/domain';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;

beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => {
  await t?.dispose();
});

async function expectApiError(promise: Promise<unknown>, code: ApiError['code'], message?: RegExp): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.code).toBe(code);
  if (message) expect(apiError.message).toMatch(message);
  return apiError;
}

async function newNetworkWithTwoParties(): Promise<{ networkId: string; unit: Party; court: Party }> {
  const network = await t.api.createNetwork({ name: `Test ${Math.random().toString(36).slice(2)}` });
  const unit = await t.api.createParty({
    networkId: network.id,
    fields: { name: 'Geri-psych unit', side: 'internal', type: 'hospital unit/department' },
  });
  const court = await t.api.createParty({
    networkId: network.id,
    fields: { name: 'Probate court', side: 'internal', type: 'government/court', tags: ['county'] },
  });
  return { networkId: network.id, unit, court };
}

describe('networks', () => {
  it('creates, lists with counts, renames and deletes a network', async () => {
    const { networkId, unit, court } = await newNetworkWithTwoParties();
    await t.api.createRelationship({
      networkId,
      source: court.id,
      target: unit.id,
      fields: { kind: 'RELIES_ON', service: 'evaluations', criticality: 4 },
    });
    const listed = (await t.api.listNetworks()).find((network) => network.id === networkId);
    expect(listed).toMatchObject({ partyCount: 2, relationshipCount: 1 });

    const renamed = await t.api.updateNetwork({ id: networkId, version: 0, name: '  Renamed map  ', description: 'for the board' });
    expect(renamed).toMatchObject({ name: 'Renamed map', description: 'for the board', version: 1 });

    await t.api.deleteNetwork({ id: networkId });
    expect((await t.api.listNetworks()).some((network) => network.id === networkId)).toBe(false);
    const leftovers = await t.backend.database
      .store()
      .driver.executeQuery('MATCH (n {networkId: $networkId}) RETURN count(n) AS count', { networkId });
    expect(Number(leftovers.records[0]?.get('count'))).toBe(0);
    await expectApiError(t.api.getNetwork({ id: networkId }), 'not_found', /no longer exists/);
  });

  it('refuses a rename started from an older version instead of overwriting the other (last write no longer wins)', async () => {
    const { networkId } = await newNetworkWithTwoParties();
    const [first, second] = await Promise.allSettled([
      t.api.updateNetwork({ id: networkId, version: 0, name: 'Renamed by Ana', description: '' }),
      t.api.updateNetwork({ id: networkId, version: 0, name: 'Renamed by Ben', description: 'meanwhile' }),
    ]);
    const outcomes = [first, second].map((outcome) => outcome.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/changed elsewhere since you opened its name and description \(you edited version 0, the saved one is version 1\)/);
    const stored = (await t.api.getNetwork({ id: networkId })).network;
    expect(stored.version).toBe(1);
    expect(['Renamed by Ana', 'Renamed by Ben']).toContain(stored.name);
    await expectApiError(t.api.updateNetwork({ id: networkId, version: 0, name: 'Stale', description: '' }), 'conflict', /version 0/);
  });

  it('loads the sample network and stores it as readable Party nodes and typed relationships', async () => {
    const network = await t.api.loadSampleNetwork({});
    const graph = await t.api.getNetwork({ id: network.id });
    expect(graph.parties.length).toBeGreaterThanOrEqual(35);
    expect(graph.relationships.length).toBeGreaterThanOrEqual(110);

    const { records } = await t.backend.database.store().driver.executeQuery(
      `MATCH (a:Party {networkId: $id})-[r]->(b:Party) RETURN type(r) AS kind, count(*) AS count ORDER BY kind`,
      { id: network.id },
    );
    expect(records.map((record) => record.get('kind'))).toEqual(['RELIES_ON', 'RESOURCE_FLOW', 'TRUSTS']);
    const total = records.reduce((sum, record) => sum + Number(record.get('count')), 0);
    expect(total).toBe(graph.relationships.length);
  });
});

describe('parties', () => {
  it('round-trips every field, including interests and positions', async () => {
    const network = await t.api.createNetwork({ name: 'Round trip' });
    const created = await t.api.createParty({
      networkId: network.id,
      fields: {
        name: 'Prairie View Nursing Home',
        side: 'internal',
        type: 'healthcare provider',
        tags: ['referral source', 'rural'],
        notes: 'Largest referrer.',
        interests: [{ topic: 'admission', stance: 'wants faster' }],
        x: 120.5,
        y: -40,
      },
    });
    expect(created.version).toBe(0);
    const graph = await t.api.getNetwork({ id: network.id });
    expect(graph.parties).toEqual([created]);
    expect(created).toMatchObject({
      tags: ['referral source', 'rural'],
      interests: [{ topic: 'admission', stance: 'wants faster' }],
      x: 120.5,
      y: -40,
    });
  });

  it('updates at the current version and refuses a stale version as a conflict', async () => {
    const { networkId, unit } = await newNetworkWithTwoParties();
    const fields = { name: 'Senior behavioral health unit', side: 'internal' as const, type: 'hospital unit/department' };
    const [updated] = await t.api.updateParties({ networkId, parties: [{ id: unit.id, version: 0, fields }] });
    expect(updated).toMatchObject({ name: 'Senior behavioral health unit', version: 1 });

    const conflict = await expectApiError(
      t.api.updateParties({ networkId, parties: [{ id: unit.id, version: 0, fields: { ...fields, name: 'Overwritten?' } }] }),
      'conflict',
      /changed elsewhere/,
    );
    expect(conflict.message).toContain('version 1');
    const stored = (await t.api.getNetwork({ id: networkId })).parties.find((party) => party.id === unit.id);
    expect(stored?.name).toBe('Senior behavioral health unit');
  });

  it('deletes a party with its relationships and says how many went with it', async () => {
    const { networkId, unit, court } = await newNetworkWithTwoParties();
    await t.api.createRelationship({ networkId, source: court.id, target: unit.id, fields: { kind: 'RELIES_ON', service: 'evaluations' } });
    await t.api.createRelationship({ networkId, source: unit.id, target: court.id, fields: { kind: 'TRUSTS', level: 4 } });
    const result = await t.api.deleteElements({ networkId, parties: [{ id: unit.id, version: 0 }] });
    expect(result.relationships).toHaveLength(2);
    const graph = await t.api.getNetwork({ id: networkId });
    expect(graph.parties.map((party) => party.id)).toEqual([court.id]);
    expect(graph.relationships).toEqual([]);
    await expectApiError(t.api.deleteElements({ networkId, parties: [{ id: unit.id, version: 0 }] }), 'not_found');
  });
});

describe('relationships', () => {
  it('creates each kind with its own fields and defaults', async () => {
    const { networkId, unit, court } = await newNetworkWithTwoParties();
    const reliance = await t.api.createRelationship({
      networkId,
      source: court.id,
      target: unit.id,
      fields: { kind: 'RELIES_ON', service: 'capacity evaluations', criticality: 5, substitutability: 'limited' },
    });
    const flow = await t.api.createRelationship({
      networkId,
      source: unit.id,
      target: court.id,
      fields: { kind: 'RESOURCE_FLOW', resource: 'data', amount: 12, unit: 'reports', period: 'month' },
    });
    const unknownAmount = await t.api.createRelationship({
      networkId,
      source: court.id,
      target: unit.id,
      fields: { kind: 'RESOURCE_FLOW', resource: 'referrals' },
    });
    const trust = await t.api.createRelationship({
      networkId,
      source: unit.id,
      target: court.id,
      fields: { kind: 'TRUSTS', reliability: 4, missionSupport: 3, openness: 2, assessedAt: '2026-03-31' },
    });
    expect(reliance).toMatchObject({ kind: 'RELIES_ON', criticality: 5, substitutability: 'limited', version: 0 });
    expect(flow).toMatchObject({ kind: 'RESOURCE_FLOW', resource: 'data', amount: 12, unit: 'reports', period: 'month' });
    expect(unknownAmount).toMatchObject({ amount: null, unit: '' });
    // Level defaults to the mean of the sub-scores: (4 + 3 + 2) / 3 = 3.
    expect(trust).toMatchObject({ kind: 'TRUSTS', level: 3, reliability: 4, openness: 2, assessedAt: '2026-03-31' });

    const graph = await t.api.getNetwork({ id: networkId });
    expect(graph.relationships).toHaveLength(4);
    expect(graph.relationships).toContainEqual(trust);
    expect(graph.relationships).toContainEqual(unknownAmount);
  });

  it('updates with version checks, refuses a change of kind, and deletes', async () => {
    const { networkId, unit, court } = await newNetworkWithTwoParties();
    const trust = await t.api.createRelationship({ networkId, source: unit.id, target: court.id, fields: { kind: 'TRUSTS', level: 2 } });
    const [raised] = await t.api.updateRelationships({ networkId, relationships: [{ id: trust.id, version: 0, fields: { kind: 'TRUSTS', level: 4, notes: 'after the MOU' } }] });
    expect(raised).toMatchObject({ level: 4, notes: 'after the MOU', version: 1, source: unit.id, target: court.id });
    await expectApiError(t.api.updateRelationships({ networkId, relationships: [{ id: trust.id, version: 0, fields: { kind: 'TRUSTS', level: 1 } }] }), 'conflict');
    await expectApiError(
      t.api.updateRelationships({ networkId, relationships: [{ id: trust.id, version: 1, fields: { kind: 'RELIES_ON', service: 'x' } }] }),
      'invalid_request',
      /cannot change its kind/,
    );
    await t.api.deleteElements({ networkId, relationships: [{ id: trust.id, version: 1 }] });
    expect((await t.api.getNetwork({ id: networkId })).relationships).toEqual([]);
  });

  it('refuses a relationship to a party in another network, and writes nothing', async () => {
    const first = await newNetworkWithTwoParties();
    const second = await newNetworkWithTwoParties();
    await expectApiError(
      t.api.createRelationship({
        networkId: first.networkId,
        source: first.unit.id,
        target: second.court.id,
        fields: { kind: 'RELIES_ON', service: 'evaluations' },
      }),
      'not_found',
      /not in this network/,
    );
    expect((await t.api.getNetwork({ id: first.networkId })).relationships).toEqual([]);
    expect((await t.api.getNetwork({ id: second.networkId })).relationships).toEqual([]);
  });

  it('refuses a self-loop with a clear message', async () => {
    const { networkId, unit } = await newNetworkWithTwoParties();
    await expectApiError(
      t.api.createRelationship({ networkId, source: unit.id, target: unit.id, fields: { kind: 'TRUSTS', level: 3 } }),
      'invalid_request',
      /two different parties/,
    );
  });
});
