// `npm run bench`: runs every bench/*.bench.ts in turn (each in its own process, so one cannot
// skew another's memory or timings), collects the one JSON document each prints on stdout, and
// prints them together as one JSON document. Progress and logs go to stderr.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const BENCH_DIR = join(process.cwd(), 'bench');

// A benchmark prints one JSON document, possibly pretty-printed, possibly after log lines: take
// the whole output if it parses, else the last line that opens a document and what follows.
function lastJsonDocument(stdout: string): unknown {
  const text = stdout.trim();
  try {
    return JSON.parse(text);
  } catch {
    const lines = text.split('\n');
    for (let start = lines.length - 1; start >= 0; start -= 1) {
      if (!/^[[{]/.test(lines[start] ?? '')) continue;
      try {
        return JSON.parse(lines.slice(start).join('\n'));
      } catch {
        // keep looking further up
      }
    }
    throw new Error('it printed no JSON document');
  }
}

function runOne(file: string): Promise<{ ok: boolean; result?: unknown; error?: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (code !== 0) return resolve({ ok: false, error: `exited with code ${code}`, seconds });
      try {
        resolve({ ok: true, result: lastJsonDocument(stdout), seconds });
      } catch (error) {
        resolve({ ok: false, error: error instanceof Error ? error.message : String(error), seconds });
      }
    });
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = (await readdir(BENCH_DIR))
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  const results: Record<string, unknown> = {};
  let failed = 0;
  for (const file of files) {
    process.stderr.write(`[bench] ${file}…\n`);
    const outcome = await runOne(file);
    if (!outcome.ok) failed += 1;
    results[file.replace(/\.bench\.ts$/, '')] = outcome.ok ? { seconds: outcome.seconds, result: outcome.result } : { seconds: outcome.seconds, error: outcome.error };
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  console.log(JSON.stringify({ ranAt: new Date().toISOString(), machine, benchmarks: results }, null, 2));
  if (failed > 0) process.exitCode = 1;
}

await main();
