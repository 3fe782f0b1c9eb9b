// The default path a new user takes: the database manager starts the app-managed local Neo4j,
// creates the schema, notices when the database process dies and brings it back.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseManager } from '../../main/database/manager';
import { PID_FILE_NAME, startLocalNeo4j } from '../../main/database/localNeo4j';
import { createFileSecretStore } from '../../main/settings/secretStore';
import { createSettingsStore } from '../../main/settings/settingsStore';

let dataDir: string;
let manager: DatabaseManager;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'careweave-manager-'));
  manager = new DatabaseManager({
    settings: createSettingsStore(join(dataDir, 'settings.json')),
    secrets: createFileSecretStore(join(dataDir, 'secrets.json')),
    startLocal: () => startLocalNeo4j({ dataDir: join(dataDir, 'neo4j') }),
  });
});
afterAll(async () => {
  await manager?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the local database through the manager', () => {
  it('reports starting, then connected, with the schema in place', async () => {
    const starting = manager.start();
    expect((await manager.status()).state).toBe('starting');
    expect(() => manager.store()).toThrow(/still starting/);
    await starting;
    const status = await manager.status();
    expect(status).toMatchObject({ mode: 'local', state: 'connected', message: null });
    expect(status.serverVersion).toMatch(/^5\.26\./);
    const { records } = await manager.store().driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0]?.get('names')).toEqual(expect.arrayContaining(['network_id', 'party_network_id', 'relies_on_network_id']));
  }, 180_000);

  it('restarts the local database when its process dies, and the data survives', async () => {
    await manager.store().driver.executeQuery("CREATE (:Network {id: 'survivor', name: 'Survivor'})");
    const { pid } = JSON.parse(await readFile(join(dataDir, 'neo4j', PID_FILE_NAME), 'utf8')) as { pid: number };
    process.kill(pid, 'SIGKILL');
    await expect.poll(async () => (await manager.status()).state, { timeout: 10_000 }).not.toBe('connected');
    await expect.poll(async () => (await manager.status()).state, { timeout: 150_000, interval: 1_000 }).toBe('connected');
    const { records } = await manager.store().driver.executeQuery("MATCH (n:Network {id: 'survivor'}) RETURN n.name AS name");
    expect(records[0]?.get('name')).toBe('Survivor');
  }, 180_000);
});
