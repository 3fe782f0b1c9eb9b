// Starts the real browser-mode app (`node out/main/browser.js`, built by `npm test` before the
// tests run) on a fresh data folder, connected to the test run's Neo4j, and a headless Chromium
// to drive it. Missing Chromium or a missing build is a failure, never a skip.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { testDatabaseTarget } from './testBackend';

export const CHROMIUM_PATH = process.env.CAREWEAVE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ARTIFACTS_DIR = join(process.cwd(), 'test-results', 'e2e');

export interface BrowserApp {
  url: string;
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

async function waitForReadyLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CAREWEAVE_BROWSER_READY (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

export async function startBrowserApp(): Promise<BrowserApp> {
  const entry = join(process.cwd(), 'out', 'main', 'browser.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npx electron-vite build" (npm test does it first).`);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) — see README prerequisites.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'careweave-e2e-'));
  await mkdir(dataDir, { recursive: true });
  // A fresh user who pointed the app at a server: the test run's database.
  const target = testDatabaseTarget();
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ database: { mode: 'server', url: target.url, user: target.user } }));
  await writeFile(join(dataDir, 'secrets.json'), JSON.stringify({ 'database.password': target.password }), { mode: 0o600 });

  const child = spawn(process.execPath, [entry, '--no-open', '--exit-with-stdin', '--data-dir', dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const url = await waitForReadyLine(child, 30_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  return {
    url,
    page,
    browser,
    async close() {
      await browser.close();
      child.stdin?.end();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser app for a test file: started (and made ready, e.g. with the sample loaded) before
 * its tests, closed after them. Call at the top of the file; the getter gives the running app.
 */
export function useBrowserApp(ready?: (page: Page) => Promise<unknown>): () => BrowserApp {
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp();
    await ready?.(app.page);
  }, 150_000);
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('The browser app has not started (see the beforeAll error).');
    return app;
  };
}

/** Where a screenshot of this name goes (the folder made if need be). */
export async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, `${name}.png`);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = await screenshotPath(name);
  await page.screenshot({ path });
  return path;
}
