// The contract and the router, without a database: every method has schemas, requests are
// validated before any handler runs, and failures always come back as envelopes.
import { describe, expect, it } from 'vitest';
import { API_METHODS, apiContract, ApiError, createApiClient } from '../../shared/api';
import type { ApiHandlers } from '../../shared/api';
import { createRouter } from '../../main/api/router';

function recordingHandlers(calls: string[]): ApiHandlers {
  // Every method answers with a marker and records that it ran.
  const entries = API_METHODS.map((method) => [
    method,
    async (request: unknown) => {
      calls.push(method);
      return { echoed: request };
    },
  ]);
  return Object.fromEntries(entries) as unknown as ApiHandlers;
}

describe('the API contract', () => {
  it('declares a request and a response schema for every method and nothing else', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) {
      expect(apiContract[method].request.safeParse).toBeTypeOf('function');
      expect(apiContract[method].response.safeParse).toBeTypeOf('function');
    }
  });

  it('fills sensible defaults for a new party', () => {
    const parsed = apiContract.createParty.request.parse({ networkId: 'n1', fields: { name: ' ED ', side: 'internal', type: 'hospital unit/department' } });
    expect(parsed.fields).toEqual({ name: 'ED', shortName: '', side: 'internal', type: 'hospital unit/department', tags: [], notes: '', interests: [], x: null, y: null, partOf: null });
  });

  it('derives a trust level from the mean of its sub-scores', () => {
    const parsed = apiContract.createRelationship.request.parse({
      networkId: 'n1',
      source: 'a',
      target: 'b',
      fields: { kind: 'TRUSTS', reliability: 5, openness: 2 },
    });
    expect(parsed.fields).toMatchObject({ kind: 'TRUSTS', level: 3.5, missionSupport: null });
  });
});

describe('the router', () => {
  it('passes a valid request, parsed, to its handler', async () => {
    const calls: string[] = [];
    const router = createRouter(recordingHandlers(calls));
    const envelope = await router.dispatch('createNetwork', { name: '  Board map ' });
    expect(envelope).toEqual({ ok: true, data: { echoed: { name: 'Board map', description: '' } } });
    expect(calls).toEqual(['createNetwork']);
  });

  it.each([
    ['an unknown method', 'deleteEverything', {}],
    ['a non-string method', 42, {}],
    ['extra fields on an empty request', 'listNetworks', { injected: true }],
    ['a missing network id', 'createParty', { fields: { name: 'A', side: 'internal', type: 'payer' } }],
    ['null', 'getNetwork', null],
  ])('rejects %s without calling any handler', async (_label, method, request) => {
    const calls: string[] = [];
    const router = createRouter(recordingHandlers(calls));
    const envelope = await router.dispatch(method, request);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('invalid_request');
    expect(calls).toEqual([]);
  });

  it('turns a thrown error into an envelope and tells the failure hook', async () => {
    const failures: unknown[] = [];
    const handlers = recordingHandlers([]);
    handlers.listNetworks = async () => {
      throw new ApiError('conflict', 'Someone else changed it.');
    };
    const router = createRouter(handlers, (error) => failures.push(error));
    expect(await router.dispatch('listNetworks', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Someone else changed it.' } });
    expect(failures).toHaveLength(1);
  });

  it('gives the client typed results and ApiErrors with their issues', async () => {
    const api = createApiClient((method, request) => createRouter(recordingHandlers([])).dispatch(method, request));
    await expect(api.getNetwork({ id: 'n1' })).resolves.toEqual({ echoed: { id: 'n1' } });
    const error = (await api.createNetwork({ name: '' }).catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.issues).toEqual([{ path: 'name', message: 'A name is required.' }]);
    expect(error.message).toBe('The request was not accepted: name: A name is required.');
  });
});
