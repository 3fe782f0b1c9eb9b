// Secrets encrypted with Electron's safeStorage (the OS keychain). On Linux without a keyring
// safeStorage falls back to 'basic_text', which only obfuscates; that is reported as
// file-permission protection so the settings screen can say so honestly.
import type { SafeStorage } from 'electron';
import { createFileSecretStore } from '../settings/secretStore';
import type { SecretStore } from '../settings/secretStore';

export function createSafeStorageSecrets(safeStorage: SafeStorage, file: string, platform = process.platform): SecretStore {
  const backing = createFileSecretStore(file);
  const weak =
    !safeStorage.isEncryptionAvailable() || (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  return {
    protection: weak ? 'file-permissions' : 'encrypted',
    async get(key) {
      const stored = await backing.get(key);
      if (stored === null) return null;
      return safeStorage.isEncryptionAvailable() ? safeStorage.decryptString(Buffer.from(stored, 'base64')) : stored;
    },
    async set(key, value) {
      const stored = safeStorage.isEncryptionAvailable() ? safeStorage.encryptString(value).toString('base64') : value;
      await backing.set(key, stored);
    },
    delete: (key) => backing.delete(key),
  };
}
