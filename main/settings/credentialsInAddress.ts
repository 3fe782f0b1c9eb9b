// A server address may arrive with credentials in it (`bolt://neo4j:secret@host:7687`), from a
// settings file an earlier version wrote or one edited by hand. The address is stored in plain
// settings and shown in the status bar, so the password moves into the secret store and the
// address is saved without it.
import { hasCredentials } from '../../shared/api';
import type { SecretStore } from './secretStore';
import type { SettingsStore } from './settingsStore';

export interface SplitAddress {
  url: string;
  user: string | undefined;
  password: string | undefined;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

export function splitCredentials(url: string): SplitAddress {
  const match = /^([a-z0-9+]+:\/\/)([^/?#]*)@(.*)$/i.exec(url.trim());
  if (!match) return { url, user: undefined, password: undefined };
  const [, scheme, userInfo = '', rest] = match;
  const colon = userInfo.indexOf(':');
  const user = colon >= 0 ? userInfo.slice(0, colon) : userInfo;
  const password = colon >= 0 ? userInfo.slice(colon + 1) : undefined;
  return { url: `${scheme}${rest}`, user: user ? decode(user) : undefined, password: password ? decode(password) : undefined };
}

/** Returns true when it had something to move. */
export async function moveCredentialsOutOfAddress(settings: SettingsStore, secrets: SecretStore, passwordKey: string): Promise<boolean> {
  const current = await settings.read();
  if (current.database.mode !== 'server' || !hasCredentials(current.database.url)) return false;
  const split = splitCredentials(current.database.url);
  if (split.password !== undefined) await secrets.set(passwordKey, split.password);
  await settings.write({ ...current, database: { ...current.database, url: split.url, user: current.database.user || split.user || 'neo4j' } });
  return true;
}
