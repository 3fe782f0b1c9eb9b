// The default path a new user takes: the back end starts the app-managed local Neo4j, creates the
// schema, notices when the database process dies and brings it back, and clears away what an
// import interrupted by that crash had staged.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../main/composition';
import type { Backend } from '../../main/composition';
import { PID_FILE_NAME, startLocalNeo4j } from '../../main/database/localNeo4j';
import { readTx, writeTx } from '../../main/database/store';
import { createFileSecretStore } from '../../main/settings/secretStore';

let dataDir: string;
let backend: Backend;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'careweave-manager-'));
  backend = createBackend({
    appVersion: 'test',
    transport: 'http',
    userDataDir: dataDir,
    resourcesDir: join(process.cwd(), 'resources'),
    secrets: createFileSecretStore(join(dataDir, 'secrets.json')),
    startLocal: () => startLocalNeo4j({ dataDir: join(dataDir, 'neo4j') }),
  });
});
afterAll(async () => {
  await backend?.database.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const manager = () => backend.database;

async function count(query: string): Promise<number> {
  return readTx(manager().store(), async (tx) => Number((await tx.run(query)).records[0]?.get(0) ?? 0));
}

describe('the local database through the manager', () => {
  it('reports starting, then connected, with the schema in place', async () => {
    const starting = manager().start();
    expect((await manager().status()).state).toBe('starting');
    expect(() => manager().store()).toThrow(/still starting/);
    await starting;
    const status = await manager().status();
    expect(status).toMatchObject({ mode: 'local', state: 'connected', message: null });
    expect(status.serverVersion).toMatch(/^5\.26\./);
    const { records } = await manager().store().driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0]?.get('names')).toEqual(expect.arrayContaining(['network_id', 'party_network_id', 'relies_on_network_id']));
  }, 180_000);

  it('restarts the local database when its process dies; the data survives and an interrupted import is cleared at once', async () => {
    await manager().store().driver.executeQuery("CREATE (:Network {id: 'survivor', name: 'Survivor'})");
    // What a new-network import leaves when the database dies under it: a fresh stage.
    await writeTx(manager().store(), (tx) =>
      tx.run(
        `CREATE (:ImportStaging {id: 'cut-short', startedAt: $now, touchedAt: $now})
         WITH 1 AS one UNWIND range(1, 50) AS n CREATE (:Party {networkId: 'cut-short', id: 'p' + n, name: 'P' + n})`,
        { now: new Date().toISOString() },
      ),
    );
    const { pid } = JSON.parse(await readFile(join(dataDir, 'neo4j', PID_FILE_NAME), 'utf8')) as { pid: number };
    process.kill(pid, 'SIGKILL');
    await expect.poll(async () => (await manager().status()).state, { timeout: 10_000 }).not.toBe('connected');
    await expect.poll(async () => (await manager().status()).state, { timeout: 150_000, interval: 1_000 }).toBe('connected');
    const { records } = await manager().store().driver.executeQuery("MATCH (n:Network {id: 'survivor'}) RETURN n.name AS name");
    expect(records[0]?.get('name')).toBe('Survivor');
    await expect
      .poll(() => count("MATCH (p:Party {networkId: 'cut-short'}) RETURN count(p) + COUNT { MATCH (:ImportStaging {id: 'cut-short'}) }"), { timeout: 10_000 })
      .toBe(0);
  }, 180_000);
});
