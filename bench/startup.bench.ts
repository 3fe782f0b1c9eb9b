// Time from `node out/main/browser.js` to a drawn sample network, on the app-managed local
// Neo4j: once on a new data folder (cold: the database is created) and then several times on the
// same folder (warm). Prints one JSON object. Needs `npx electron-vite build` first.
// The machine's load average is printed with it: on a shared 2-core machine it moves these
// times by seconds.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/browserApp';

interface Run {
  serverReadyMs: number;
  /** From the back end's own log: the local database's ready line, then schema checked and connected. */
  localDatabaseReadyMs: number | null;
  backendConnectedMs: number | null;
  databaseConnectedMs: number;
  /** CPU the database's JVM had used by then: steadier than wall time when the machine is shared. */
  jvmCpuSecondsAtConnected: number | null;
  drawnMs: number;
  elements: number;
}

// Linux only: the launcher's pid from the data folder (a bare number in older versions), then
// its user and system time from /proc, in clock ticks of 1/100 s.
async function jvmCpuSeconds(dataDir: string): Promise<number | null> {
  try {
    const text = (await readFile(join(dataDir, 'neo4j', 'neo4j.pid'), 'utf8')).trim();
    const pid = /^\d+$/.test(text) ? Number(text) : (JSON.parse(text) as { pid: number }).pid;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const WARM_RUNS = 3;

async function measure(dataDir: string, action: 'load-sample' | 'open-existing'): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['out/main/browser.js', '--no-open', '--exit-with-stdin', '--data-dir', dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    process.stderr.write(chunk);
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
    const jvmCpuSecondsAtConnected = await jvmCpuSeconds(dataDir);
    if (action === 'load-sample') await page.getByTestId('load-sample').click();
    else await page.getByTestId('network-item').first().click();
    const canvas = page.locator('[data-testid="graph-canvas"][data-element-count]');
    await canvas.waitFor({ timeout: 60_000 });
    const drawnMs = performance.now() - started;
    const elements = Number(await canvas.getAttribute('data-element-count'));
    const backend = /local database ready in ([\d.]+) s, connected in ([\d.]+) s/.exec(log);
    return {
      serverReadyMs: Math.round(serverReadyMs),
      localDatabaseReadyMs: backend ? Math.round(Number(backend[1]) * 1000 + serverReadyMs) : null,
      backendConnectedMs: backend ? Math.round(Number(backend[2]) * 1000 + serverReadyMs) : null,
      databaseConnectedMs: Math.round(databaseConnectedMs),
      jvmCpuSecondsAtConnected,
      drawnMs: Math.round(drawnMs),
      elements,
    };
  } finally {
    await browser.close();
    child.stdin.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'careweave-startup-bench-'));
try {
  const loadBefore = loadavg()[0];
  const cold = await measure(dataDir, 'load-sample');
  const warmRuns: Run[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) warmRuns.push(await measure(dataDir, 'open-existing'));
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const warm = {
    databaseConnectedMsMedian: median(warmRuns.map((run) => run.databaseConnectedMs)),
    jvmCpuSecondsMedian: median(warmRuns.map((run) => run.jvmCpuSecondsAtConnected ?? NaN)),
    runs: warmRuns,
  };
  const load = { before: loadBefore, after: loadavg()[0] };
  console.log(JSON.stringify({ benchmark: 'startup-to-drawn-sample', mode: 'browser', loadAverage1m: load, cold, warm }, null, 2));
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
