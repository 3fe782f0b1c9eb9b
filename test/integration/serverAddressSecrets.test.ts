// A password typed into the server address (`bolt://user:secret@host`) is never saved in the plain
// settings file nor shown in the status bar, and the data folder's files are the user's alone.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api';
import { createBackendIn, testDatabaseTarget } from '../support/testBackend';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function freshFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'careweave-address-'));
  folders.push(folder);
  return folder;
}

describe('credentials inside a server address', () => {
  it('are refused when the address is entered, and nothing of them is saved or shown', async () => {
    const folder = await freshFolder();
    const { backend, api } = await createBackendIn(folder);
    const { url, user, password } = testDatabaseTarget();
    const withCredentials = url.replace('bolt://', `bolt://${user}:${encodeURIComponent(password)}@`);
    try {
      const refused = await api.configureDatabase({ mode: 'server', url: withCredentials, user, password }).catch((error: unknown) => error as ApiError);
      expect(refused).toMatchObject({ code: 'invalid_request' });
      expect((refused as ApiError).message).toMatch(/user name and password in their own fields, not in the address/);
      const settings = await readFile(join(folder, 'settings.json'), 'utf8').catch(() => '');
      expect(settings).not.toContain(password);
      expect(JSON.stringify(await api.getDatabaseStatus({}))).not.toContain(password);
    } finally {
      await backend.database.stop();
    }
  });

  it('are moved out of a settings file an earlier version wrote, into the secret store', async () => {
    const folder = await freshFolder();
    const { url, user, password } = testDatabaseTarget();
    const withCredentials = url.replace('bolt://', `bolt://${user}:${encodeURIComponent(password)}@`);
    await writeFile(join(folder, 'settings.json'), JSON.stringify({ database: { mode: 'server', url: withCredentials, user } }));
    const { backend, api } = await createBackendIn(folder);
    try {
      await backend.database.start();
      const status = await api.getDatabaseStatus({});
      expect(status).toMatchObject({ state: 'connected', mode: 'server', url });
      expect(JSON.stringify(status)).not.toContain(password);
      expect(await readFile(join(folder, 'settings.json'), 'utf8')).not.toContain(password);
      expect(JSON.parse(await readFile(join(folder, 'secrets.json'), 'utf8'))).toEqual({ 'database.password': password });
    } finally {
      await backend.database.stop();
    }
  });
});

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('and the settings and secrets in it can be read by the user alone', async () => {
    const folder = await freshFolder();
    const { backend, api } = await createBackendIn(folder);
    const { url, user, password } = testDatabaseTarget();
    try {
      await api.configureDatabase({ mode: 'server', url, user, password });
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      expect((await stat(join(folder, 'settings.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(folder, 'secrets.json'))).mode & 0o777).toBe(0o600);
    } finally {
      await backend.database.stop();
    }
  });
});
