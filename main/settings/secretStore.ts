// Where a remote database password is kept. The desktop app encrypts it with Electron's
// safeStorage (main/app/safeStorageSecrets.ts); browser mode, which has no OS keychain
// access, keeps it in a file only the current user can read and says so in the settings.
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface SecretStore {
  readonly protection: 'encrypted' | 'file-permissions';
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createFileSecretStore(file: string): SecretStore {
  async function readAll(): Promise<Record<string, string>> {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }
  async function writeAll(values: Record<string, string>): Promise<void> {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify(values), { mode: 0o600 });
    await chmod(file, 0o600);
  }
  return {
    protection: 'file-permissions',
    async get(key) {
      return (await readAll())[key] ?? null;
    },
    async set(key, value) {
      await writeAll({ ...(await readAll()), [key]: value });
    },
    async delete(key) {
      const values = await readAll();
      delete values[key];
      if (Object.keys(values).length === 0) await rm(file, { force: true });
      else await writeAll(values);
    },
  };
}
