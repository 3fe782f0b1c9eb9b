// Browser mode: `npm run start:browser`. Starts the back end and serves the renderer on
// 127.0.0.1 for machines without the Electron binary (and for the end-to-end tests).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from './composition';
import { alreadyRunningMessage } from './database/localDatabaseError';
import { isHeldByRunningCopy, startLocalNeo4j } from './database/localNeo4j';
import { startBrowserServer } from './http/server';
import { checkoutRoot, defaultUserDataDir } from './paths';
import { createFileSecretStore } from './settings/secretStore';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    // Used by test runners: stop when the parent closes our stdin, so no server outlives it.
    'exit-with-stdin': { type: 'boolean', default: false },
  },
});

const root = checkoutRoot(import.meta.url);
const resourcesDir = join(root, 'resources');
const userDataDir = args['data-dir'] ?? defaultUserDataDir();
const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

// A second copy on the same folder would only be refused the database; say so and leave at once.
if (await isHeldByRunningCopy(join(userDataDir, 'neo4j'))) {
  console.error(alreadyRunningMessage(userDataDir));
  process.exit(1);
}

const backend = createBackend({
  appVersion,
  transport: 'http',
  userDataDir,
  resourcesDir,
  secrets: createFileSecretStore(join(userDataDir, 'secrets.json')),
  startLocal: () => startLocalNeo4j({ dataDir: join(userDataDir, 'neo4j'), resourcesDir: join(resourcesDir, 'neo4j') }),
  log: (message) => console.error(`[careweave] ${message}`),
});

const server = await startBrowserServer({
  router: backend.router,
  rendererDir: join(root, 'out', 'renderer'),
  ...(args.port ? { port: Number(args.port) } : {}),
});
// Tests and scripts read this exact line to find the address.
console.log(`CAREWEAVE_BROWSER_READY ${server.url}`);
console.log(`\nCareweave is running. Open this address in your browser:\n\n  ${server.url}\n\nData folder: ${userDataDir}\nPress Ctrl+C to stop.\n`);

// The page can load at once; the status bar shows the database starting.
void backend.database.start();

if (!args['no-open'] && !process.env.CI) openInBrowser(server.url);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('Stopping Careweave…');
  await server.close();
  await backend.database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
if (args['exit-with-stdin']) process.stdin.on('end', () => void shutdown()).resume();

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  } catch {
    // Opening a browser is a convenience; the address is printed above.
  }
}
