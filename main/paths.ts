// Where Careweave keeps its data and finds its bundled files when it runs from a checkout.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Careweave';

// The same folder Electron uses for userData, so the desktop app and browser mode share one
// local database (they cannot both hold it open at once; the second is told so).
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CAREWEAVE_DATA_DIR) return resolve(env.CAREWEAVE_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

// Built files live in out/main; the checkout root is two levels up.
export function checkoutRoot(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..');
}
