// The diagram-export half of the exchange benchmark: the browser-mode app (built output) on the
// benchmark's database, a large map opened in headless Chromium, and the time from the click on
// Export to the finished download, for PNG and SVG.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/browserApp';

const RUNS = 3;

type CpuMeter = () => Promise<number>;

// The export's own User Timing marks (exportTiming.ts): where the time went, step by step.
async function exportSteps(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const steps: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('careweave:export:')) steps[entry.name.slice(17)] = Math.round(entry.duration);
    }
    performance.clearMeasures();
    return steps;
  });
}

async function timeExport(page: Page, format: 'png' | 'svg', cpu: CpuMeter): Promise<{ ms: number; cpuMs: number; bytes: number; status: string; steps: Record<string, number> }> {
  await page.getByTestId('export-network').click();
  await page.getByTestId(`export-format-${format}`).check();
  if (format === 'png') await page.getByTestId('export-scale').selectOption('1');
  await exportSteps(page);
  const started = Date.now();
  const cpuBefore = await cpu();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-submit').click()]);
  const downloadStartedMs = Date.now() - started;
  const path = await download.path();
  const ms = Date.now() - started;
  const cpuMs = (await cpu()) - cpuBefore;
  const status = await page.getByTestId('export-status').innerText();
  const steps = await exportSteps(page);
  await page.keyboard.press('Escape');
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
  return { ms, cpuMs, bytes: size, status, steps: { ...steps, downloadStarted: downloadStartedMs } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function exportDiagrams(
  root: string,
  db: { boltUrl: string; user: string; password: string },
  networkId: string,
  elements: number,
  log: (message: string) => void,
) {
  const appDir = join(root, 'app');
  await mkdir(appDir, { recursive: true });
  await writeFile(join(appDir, 'settings.json'), JSON.stringify({ database: { mode: 'server', url: db.boltUrl, user: db.user } }));
  await writeFile(join(appDir, 'secrets.json'), JSON.stringify({ 'database.password': db.password }), { mode: 0o600 });
  const server = spawn(process.execPath, ['out/main/browser.js', '--no-open', '--exit-with-stdin', '--data-dir', appDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CAREWEAVE_BROWSER_READY (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.once('exit', () => reject(new Error(`browser mode did not start (is out/ built?):\n${output}`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 120_000 });
    log('opening the map…');
    await page.locator(`[data-network-id="${networkId}"]`).first().click();
    await page.locator(`[data-testid="graph-canvas"][data-network-id="${networkId}"][data-element-count="${elements}"]`).waitFor({ timeout: 600_000 });
    const renderer = await page.getByTestId('graph-canvas').getAttribute('data-renderer');
    // Chromium's own count of CPU time in all its processes: what the export cost, whatever
    // else the machine was doing.
    const session = await browser.newBrowserCDPSession();
    const cpu: CpuMeter = async () => {
      const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
      return Math.round(info.processInfo.reduce((sum, process) => sum + process.cpuTime, 0) * 1000);
    };
    const results: Record<string, unknown> = { screenRenderer: renderer };
    for (const format of ['png', 'svg'] as const) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await timeExport(page, format, cpu));
      log(`${format}: ${runs.map((run) => run.ms).join(', ')} ms`);
      results[format] = { medianMs: median(runs.map((run) => run.ms)), runsMs: runs.map((run) => run.ms), medianCpuMs: median(runs.map((run) => run.cpuMs)), fileMb: Math.round((runs[0]?.bytes ?? 0) / 1e5) / 10, made: runs[0]?.status, stepsMs: runs.map((run) => run.steps) };
    }
    return results;
  } finally {
    await browser.close();
    server.stdin.end();
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
  }
}
