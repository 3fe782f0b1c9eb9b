// What the user sees when the database misbehaves: duplicates refused as such, a dropped
// connection reported as such (never a silent loss), and bad server settings named exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { createParty } from '../../main/repository/parties';
import { createTestBackend, testDatabaseTarget } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { startTcpProxy } from '../support/tcpProxy';
import type { TcpProxy } from '../support/tcpProxy';

describe('constraint violations', () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await createTestBackend();
  });
  afterAll(async () => t?.dispose());

  it('turns a duplicate party id into a clear constraint error', async () => {
    const network = await t.api.createNetwork({ name: 'Duplicates' });
    const fields = { name: 'A', shortName: '', side: 'internal' as const, type: 'payer', tags: [], notes: '', interests: [], x: null, y: null, partOf: null };
    const store = t.backend.database.store();
    await createParty(store, network.id, 'same-id', fields, new Date().toISOString());
    const error = await createParty(store, network.id, 'same-id', fields, new Date().toISOString()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('constraint');
    expect((error as ApiError).message).toMatch(/duplicate/);
    expect((await t.api.getNetwork({ id: network.id })).parties).toHaveLength(1);
  });

  it('lets two networks use the same party ids (a document imported twice)', async () => {
    const document = {
      format: 'careweave.network' as const,
      formatVersion: 1,
      network: { name: 'Twice' },
      parties: [{ id: 'p-1', name: 'One', side: 'internal' as const, type: 'payer' }],
      relationships: [],
    };
    const first = await t.api.importNetworkDocument({ document });
    const second = await t.api.importNetworkDocument({ document });
    expect(first.id).not.toBe(second.id);
    expect((await t.api.getNetwork({ id: second.id })).parties[0]?.id).toBe('p-1');
  });
});

describe('a dropped connection', () => {
  let proxy: TcpProxy;
  let t: TestBackend;

  beforeAll(async () => {
    const port = Number(new URL(testDatabaseTarget().url).port);
    proxy = await startTcpProxy(port);
    t = await createTestBackend(`bolt://127.0.0.1:${proxy.port}`);
  });
  afterAll(async () => {
    await t?.dispose();
    await proxy?.close();
  });

  it('is reported as such, the edit is refused (not lost silently), and the app recovers', async () => {
    const network = await t.api.createNetwork({ name: 'Flaky link' });
    await proxy.cut();
    const failed = await t.api
      .createParty({ networkId: network.id, fields: { name: 'Lost?', side: 'internal', type: 'payer' } })
      .catch((caught: unknown) => caught);
    expect(failed).toBeInstanceOf(ApiError);
    expect((failed as ApiError).code).toBe('database_unavailable');
    expect((failed as ApiError).message).toMatch(/cannot be reached, so nothing was saved/);
    const status = await t.api.getDatabaseStatus({});
    expect(status.state).toBe('unavailable');
    expect(status.message).toMatch(/cannot be reached/);

    await proxy.restore();
    expect((await t.api.getDatabaseStatus({})).state).toBe('connected');
    await t.api.createParty({ networkId: network.id, fields: { name: 'Saved', side: 'internal', type: 'payer' } });
    expect((await t.api.getNetwork({ id: network.id })).parties.map((party) => party.name)).toEqual(['Saved']);
  }, 60_000);

  it('reconnects on its own: writes work again once the server is back, without anyone asking for the status', async () => {
    const network = await t.api.createNetwork({ name: 'Server restarted' });
    await proxy.cut();
    const failed = await t.api
      .createParty({ networkId: network.id, fields: { name: 'During', side: 'internal', type: 'payer' } })
      .catch((caught: unknown) => caught);
    expect(failed).toMatchObject({ code: 'database_unavailable' });
    await proxy.restore();
    // Only writes, as a page with its status bar hidden would send; never getDatabaseStatus.
    const attempt = () =>
      t.api.createParty({ networkId: network.id, fields: { name: 'After', side: 'internal', type: 'payer' } }).then(
        () => 'saved',
        (error: unknown) => (error as ApiError).code,
      );
    await expect.poll(attempt, { timeout: 20_000, interval: 250 }).toBe('saved');
    expect((await t.api.getNetwork({ id: network.id })).parties.map((party) => party.name)).toEqual(['After']);
  }, 60_000);
});

describe('configuring a server', () => {
  let t: TestBackend;
  beforeAll(async () => {
    t = await createTestBackend();
  });
  afterAll(async () => t?.dispose());

  it('names an unreachable server, bad credentials and a bad address, and keeps the working connection', async () => {
    const target = testDatabaseTarget();
    const unreachable = await t.api
      .configureDatabase({ mode: 'server', url: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' })
      .catch((caught: unknown) => caught as ApiError);
    expect(unreachable).toMatchObject({ code: 'database_unavailable' });
    expect((unreachable as ApiError).message).toMatch(/Could not reach a Neo4j server at bolt:\/\/127\.0\.0\.1:9/);

    const badPassword = await t.api
      .configureDatabase({ mode: 'server', url: target.url, user: target.user, password: 'wrong-password' })
      .catch((caught: unknown) => caught as ApiError);
    expect(badPassword).toMatchObject({ code: 'unauthorized' });
    expect((badPassword as ApiError).message).toMatch(/refused the user name or password/);

    const badScheme = await t.api
      .configureDatabase({ mode: 'server', url: 'http://localhost:7474', user: 'neo4j', password: 'x' })
      .catch((caught: unknown) => caught as ApiError);
    expect(badScheme).toMatchObject({ code: 'invalid_request' });
    expect((badScheme as ApiError).message).toMatch(/must start with bolt:\/\/, neo4j:\/\/ or neo4j\+s:\/\//);

    const status = await t.api.getDatabaseStatus({});
    expect(status).toMatchObject({ state: 'connected', mode: 'server', url: target.url });
    expect(status.serverVersion).toMatch(/^5\.26\./);
  });
});
