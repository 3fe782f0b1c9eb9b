// Time from `node out/main/browser.js` to a drawn sample network, on the app-managed local
// Neo4j: once on a new data folder (cold: the database is created) and once more on the same
// folder (warm). Prints one JSON object. Needs `npx electron-vite build` first.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/browserApp';

interface Run {
  serverReadyMs: number;
  databaseConnectedMs: number;
  drawnMs: number;
  elements: number;
}

async function measure(dataDir: string, action: 'load-sample' | 'open-existing'): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['out/main/browser.js', '--no-open', '--exit-with-stdin', '--data-dir', dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CAREWEAVE_BROWSER_READY (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`browser mode exited early:\n${output}`)));
  });
  const serverReadyMs = performance.now() - started;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 180_000 });
    const databaseConnectedMs = performance.now() - started;
    if (action === 'load-sample') await page.getByTestId('load-sample').click();
    else await page.getByTestId('network-item').first().click();
    const canvas = page.locator('[data-testid="graph-canvas"][data-element-count]');
    await canvas.waitFor({ timeout: 60_000 });
    const drawnMs = performance.now() - started;
    const elements = Number(await canvas.getAttribute('data-element-count'));
    return { serverReadyMs: Math.round(serverReadyMs), databaseConnectedMs: Math.round(databaseConnectedMs), drawnMs: Math.round(drawnMs), elements };
  } finally {
    await browser.close();
    child.stdin.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'careweave-startup-bench-'));
try {
  const cold = await measure(dataDir, 'load-sample');
  const warm = await measure(dataDir, 'open-existing');
  console.log(JSON.stringify({ benchmark: 'startup-to-drawn-sample', mode: 'browser', cold, warm }, null, 2));
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
