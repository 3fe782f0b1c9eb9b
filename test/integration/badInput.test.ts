// Malformed requests are refused with a clear message before any service runs, and the
// database is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
let networkId: string;
let partyId: string;
let otherPartyId: string;

async function snapshot(): Promise<string> {
  const graph = await t.api.getNetwork({ id: networkId });
  return JSON.stringify(graph);
}

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.createNetwork({ name: 'Bad input' })).id;
  partyId = (await t.api.createParty({ networkId, fields: { name: 'EMS', side: 'internal', type: 'community agency' } })).id;
  otherPartyId = (await t.api.createParty({ networkId, fields: { name: 'IOP clients', side: 'external', type: 'client' } })).id;
});
afterAll(async () => {
  await t?.dispose();
});

const cases: Array<{ name: string; method: string; request: () => unknown; message: RegExp }> = [
  { name: 'an unknown method', method: 'dropDatabase', request: () => ({}), message: /Unknown request "dropDatabase"/ },
  { name: 'a request that is not an object', method: 'createParty', request: () => 'DROP', message: /was not accepted/ },
  {
    name: 'an empty party name',
    method: 'createParty',
    request: () => ({ networkId, fields: { name: '   ', side: 'internal', type: 'payer' } }),
    message: /fields\.name: A name is required/,
  },
  {
    name: 'an unknown side',
    method: 'createParty',
    request: () => ({ networkId, fields: { name: 'X', side: 'middle', type: 'payer' } }),
    message: /Side must be "internal" or "external"/,
  },
  {
    name: 'a criticality of 9',
    method: 'createRelationship',
    request: () => ({ networkId, source: otherPartyId, target: partyId, fields: { kind: 'RELIES_ON', service: 'transport', criticality: 9 } }),
    message: /Criticality must be from 1 to 5/,
  },
  {
    name: 'a trust level of 7',
    method: 'createRelationship',
    request: () => ({ networkId, source: otherPartyId, target: partyId, fields: { kind: 'TRUSTS', level: 7 } }),
    message: /Trust level must be from 1 to 5/,
  },
  {
    name: 'a trust with no level and no sub-scores',
    method: 'createRelationship',
    request: () => ({ networkId, source: otherPartyId, target: partyId, fields: { kind: 'TRUSTS' } }),
    message: /Give a trust level/,
  },
  {
    name: 'an unknown relationship kind',
    method: 'createRelationship',
    request: () => ({ networkId, source: otherPartyId, target: partyId, fields: { kind: 'HATES' } }),
    message: /was not accepted/,
  },
  {
    name: 'a negative amount',
    method: 'createRelationship',
    request: () => ({ networkId, source: partyId, target: otherPartyId, fields: { kind: 'RESOURCE_FLOW', resource: 'transport', amount: -3 } }),
    message: /amount cannot be negative/,
  },
  {
    name: 'an id with Cypher in it',
    method: 'deleteElements',
    request: () => ({ networkId, parties: [{ id: "x' OR 1=1 //", version: 0 }] }),
    message: /id may contain only/,
  },
  {
    name: 'a missing version',
    method: 'updateParties',
    request: () => ({ networkId, parties: [{ id: partyId, fields: { name: 'EMS', side: 'internal', type: 'community agency' } }] }),
    message: /version/,
  },
  {
    name: 'an interest topic with a colon',
    method: 'createParty',
    request: () => ({ networkId, fields: { name: 'Y', side: 'internal', type: 'payer', interests: [{ topic: 'a:b', stance: 'c' }] } }),
    message: /cannot contain a colon/,
  },
  {
    name: 'a network document with a dangling relationship',
    method: 'importNetworkDocument',
    request: () => ({
      document: {
        format: 'careweave.network',
        formatVersion: 1,
        network: { name: 'Broken' },
        parties: [{ id: 'a', name: 'A', side: 'internal', type: 'payer' }],
        relationships: [{ id: 'r', kind: 'TRUSTS', source: 'a', target: 'ghost', level: 3 }],
      },
    }),
    message: /points to party "ghost"/,
  },
  {
    name: 'a self-loop',
    method: 'createRelationship',
    request: () => ({ networkId, source: partyId, target: partyId, fields: { kind: 'TRUSTS', level: 3 } }),
    message: /cannot rely on, supply or trust itself/,
  },
  {
    name: 'a restored self-loop',
    method: 'restoreElements',
    request: () => ({
      networkId,
      relationships: [{ id: 'loop', version: 0, source: partyId, target: partyId, kind: 'TRUSTS', level: 3 }],
    }),
    message: /cannot rely on, supply or trust itself/,
  },
  {
    name: 'a bulk tag with an empty tag',
    method: 'updateParties',
    request: () => ({ networkId, parties: [{ id: partyId, version: 0, fields: { name: 'EMS', side: 'internal', type: 'x', tags: [' '] } }] }),
    message: /Tags cannot be empty/,
  },
  {
    name: 'an empty name in a bulk update',
    method: 'updateParties',
    request: () => ({ networkId, parties: [{ id: partyId, version: 0, fields: { name: '', side: 'internal', type: 'payer' } }] }),
    message: /A name is required/,
  },
  {
    name: 'a restore that names one party twice',
    method: 'restoreElements',
    request: () => ({
      networkId,
      parties: [0, 1].map(() => ({ id: 'twice', version: 0, name: 'T', side: 'internal', type: 'payer' })),
    }),
    message: /appears twice/,
  },
  {
    name: 'a position that is not a number',
    method: 'savePositions',
    request: () => ({ networkId, positions: [{ id: partyId, x: 'left', y: 0 }] }),
    message: /positions\.0\.x/,
  },
  {
    name: 'a duplicate with an empty name',
    method: 'duplicateNetwork',
    request: () => ({ id: networkId, name: '  ' }),
    message: /A name is required/,
  },
];

describe('malformed requests', () => {
  it.each(cases)('refuses $name with a clear message and changes nothing', async ({ method, request, message }) => {
    const before = await snapshot();
    const networksBefore = (await t.api.listNetworks()).length;
    const envelope = await t.backend.router.dispatch(method, request());
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid_request');
    expect(envelope.error.message).toMatch(message);
    expect(await snapshot()).toBe(before);
    expect((await t.api.listNetworks()).length).toBe(networksBefore);
  });
});

describe('a relationship to a party in another network', () => {
  it('is refused with a clear message and nothing is written', async () => {
    const other = await t.api.createNetwork({ name: 'Another network' });
    const stranger = await t.api.createParty({ networkId: other.id, fields: { name: 'Stranger', side: 'internal', type: 'payer' } });
    const before = await snapshot();
    for (const method of ['createRelationship', 'restoreElements'] as const) {
      const request =
        method === 'createRelationship'
          ? { networkId, source: partyId, target: stranger.id, fields: { kind: 'TRUSTS', level: 3 } }
          : { networkId, relationships: [{ id: 'cross', version: 0, source: partyId, target: stranger.id, kind: 'TRUSTS', level: 3 }] };
      const envelope = await t.backend.router.dispatch(method, request);
      expect(envelope.ok).toBe(false);
      if (envelope.ok) continue;
      expect(envelope.error.code).toBe('not_found');
      expect(envelope.error.message).toMatch(/not in this network/);
    }
    expect(await snapshot()).toBe(before);
    expect((await t.api.getNetwork({ id: other.id })).relationships).toHaveLength(0);
  });
});
