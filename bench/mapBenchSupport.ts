// What the map benchmark needs around the app: a local Neo4j, the back end in this process (to
// import generated networks and time the query alone), and the browser-mode app in headless
// Chromium (to time what a person waits for). Everything is started fresh and stopped after.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { createApiClient } from '../shared/api';
import type { CareweaveApi } from '../shared/api';
import { createBackend } from '../main/composition';
import type { Backend } from '../main/composition';
import { startLocalNeo4j } from '../main/database/localNeo4j';
import type { LocalNeo4j } from '../main/database/localNeo4j';
import { createFileSecretStore } from '../main/settings/secretStore';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/browserApp';

export const log = (message: string) => process.stderr.write(`[map bench] ${message}\n`);

export type Harness = {
  backend: Backend;
  api: CareweaveApi;
  url: string;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
};

async function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CAREWEAVE_BROWSER_READY (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${output}`)));
  });
}

export async function startHarness(): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'careweave-map-bench-'));
  log('starting Neo4j…');
  const db: LocalNeo4j = await startLocalNeo4j({ dataDir: join(root, 'neo4j') });
  const backend = createBackend({
    appVersion: 'bench',
    transport: 'http',
    userDataDir: join(root, 'backend'),
    resourcesDir: join(process.cwd(), 'resources'),
    secrets: createFileSecretStore(join(root, 'backend-secrets.json')),
    startLocal: () => Promise.reject(new Error('the benchmark uses its own database')),
  });
  await backend.database.configure({ mode: 'server', url: db.boltUrl, user: db.user, password: db.password });
  const api = createApiClient((method, request) => backend.router.dispatch(method, request));

  const appDir = join(root, 'app');
  await rm(appDir, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(appDir, { recursive: true }));
  await writeFile(join(appDir, 'settings.json'), JSON.stringify({ database: { mode: 'server', url: db.boltUrl, user: db.user } }));
  await writeFile(join(appDir, 'secrets.json'), JSON.stringify({ 'database.password': db.password }), { mode: 0o600 });
  const server = spawn(process.execPath, ['out/main/browser.js', '--no-open', '--exit-with-stdin', '--data-dir', appDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await readyUrl(server);

  const browsers: Browser[] = [];
  const newPage = async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    browsers.push(browser);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 120_000 });
    return page;
  };

  return {
    backend,
    api,
    url,
    newPage,
    async close() {
      for (const browser of browsers) await browser.close().catch(() => undefined);
      server.stdin?.end();
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
      await backend.database.stop();
      await db.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export const round = (value: number) => Math.round(value);

// Opens a network in the app and reads the app's own User Timing measures.
export async function isOpen(page: Page, networkId: string): Promise<boolean> {
  return (await page.locator(`[data-testid="graph-canvas"][data-network-id="${networkId}"]`).count()) > 0;
}

export async function openInApp(page: Page, networkId: string, elements: number) {
  const item = page.locator(`[data-testid="network-item"][data-network-id="${networkId}"]`);
  // A network seeded after the page opened is not in its list yet.
  if ((await item.count()) === 0) {
    await page.reload();
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 120_000 });
  }
  await page.evaluate(() => performance.clearMeasures());
  await item.click({ timeout: 300_000 });
  await page.locator(`[data-testid="graph-canvas"][data-network-id="${networkId}"][data-element-count="${elements}"]`).waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => performance.getEntriesByName('careweave:draw').length > 0, undefined, { timeout: 600_000 });
  return page.evaluate(() => {
    const load = performance.getEntriesByName('careweave:load').at(-1)!;
    const draw = performance.getEntriesByName('careweave:draw').at(-1)!;
    return {
      requestMs: Math.round(load.duration),
      drawMs: Math.round(draw.duration),
      clickToDrawnMs: Math.round(draw.startTime + draw.duration - load.startTime),
      // Runs in the page; this file is type-checked without the DOM library.
      renderer:
        (globalThis as unknown as { document: { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null } }).document
          .querySelector('[data-testid="graph-canvas"]')
          ?.getAttribute('data-renderer') ?? 'unknown',
    };
  });
}
