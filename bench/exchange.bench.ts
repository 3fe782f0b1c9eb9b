// Benchmarks for export and import (issue 5, "Speed"). Run: npx tsx bench/exchange.bench.ts, or
// all benchmarks with `npm run bench` (needs `npx electron-vite build` first for the browser part).
// Prints one JSON object; logs go to stderr.
//
//  - csvImport: 100,000 parties and 500,000 relationships from parties.csv and relationships.csv
//    (generated here, filled in by name as a person would) into a fresh local Neo4j, through the
//    import service exactly as the desktop app runs it (open dialog → read → check → preview →
//    staged write). Runs in its own process so its peak memory is its own; the database's peak
//    memory is read from the JVM's /proc status. Targets: under 90 s, under 1 GB.
//  - diagramExport: PNG (1x, whole map) and SVG of a 5,000-party map in the browser-mode app in
//    headless Chromium, from the click on Export to the finished download. Target: under 5 s each.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from '../main/database/localNeo4j';
import { ensureSchema } from '../main/database/schema';
import { writeNewNetworkStaged } from '../main/repository/importsStaged';
import { exportDiagrams } from './exchangeBenchBrowser';
import { generateParties, generateRelationships, writeGeneratedCsv } from './exchangeGenerator';
import { runCsvImport } from './exchangeBenchImport';

const PARTIES = 100_000;
const RELATIONSHIPS = 500_000;
const MAP_PARTIES = 5_000;
const MAP_RELATIONSHIPS = 10_000;

const log = (message: string) => process.stderr.write(`[exchange bench] ${message}\n`);
const mb = (kb: number) => Math.round(kb / 102.4) / 10;

// CPU seconds a process has used (utime + stime, in clock ticks of 10 ms): unlike wall time,
// they hardly change when other work on the machine competes for the cores.
export async function cpuMs(pid: number): Promise<number | null> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function jvmPeakMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? mb(Number(kb)) : null;
  } catch {
    return null;
  }
}

function runChild(args: string[], env: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')) : reject(new Error(`child exited with ${code}`))));
  });
}

async function benchCsvImport(root: string, neo4jPid: number, env: Record<string, string>) {
  log(`writing parties.csv and relationships.csv (${PARTIES.toLocaleString('en-US')} / ${RELATIONSHIPS.toLocaleString('en-US')})…`);
  const csv = await writeGeneratedCsv(root, PARTIES, RELATIONSHIPS);
  log('importing in a child process…');
  const neo4jCpuBefore = await cpuMs(neo4jPid);
  const result = (await runChild(['--csv-import', csv.parties, csv.relationships], env)) as Record<string, unknown>;
  const neo4jCpuAfter = await cpuMs(neo4jPid);
  return {
    ...result,
    neo4jCpuSeconds: neo4jCpuBefore !== null && neo4jCpuAfter !== null ? Math.round((neo4jCpuAfter - neo4jCpuBefore) / 100) / 10 : null,
    fileMb: Math.round(csv.bytes / 1e5) / 10,
    neo4jPeakRssMb: await jvmPeakMb(neo4jPid),
    neo4jHeap: '512m',
    targetSeconds: 90,
    targetMemoryMb: 1024,
  };
}

// `BENCH_DIAGRAMS_ONLY=1 npm run bench -- exchange` skips the two-minute CSV import.
const diagramsOnly = process.env.BENCH_DIAGRAMS_ONLY === '1';

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'careweave-exchange-bench-'));
  // Other work on the machine slows every figure here; the load average says how busy it was.
  const loadBefore = loadavg().map((value) => Math.round(value * 10) / 10);
  log('starting Neo4j…');
  const db = await startLocalNeo4j({ dataDir: join(root, 'neo4j') });
  const env = { BENCH_NEO4J_URL: db.boltUrl, BENCH_NEO4J_USER: db.user, BENCH_NEO4J_PASSWORD: db.password };
  try {
    const csvImport = diagramsOnly ? null : await benchCsvImport(root, db.pid, env);

    log(`writing a ${MAP_PARTIES.toLocaleString('en-US')}-party map for the diagram export…`);
    const driver = neo4j.driver(db.boltUrl, neo4j.auth.basic(db.user, db.password));
    const parties = generateParties(MAP_PARTIES, 11, 7_000);
    const network = await writeNewNetworkStaged(
      { driver },
      'bench-map',
      { name: 'Five thousand parties', description: '', parties, relationships: generateRelationships(MAP_RELATIONSHIPS, MAP_PARTIES, 12) },
      new Date().toISOString(),
      async () => undefined,
    );
    await driver.close();
    const diagramExport = await exportDiagrams(root, db, network.id, MAP_PARTIES + MAP_RELATIONSHIPS, log);

    console.log(
      JSON.stringify({
        csvImport,
        diagramExport: { ...diagramExport, parties: MAP_PARTIES, relationships: MAP_RELATIONSHIPS, targetMs: 5_000 },
        loadAverage: { before: loadBefore, after: loadavg().map((value) => Math.round(value * 10) / 10) },
      }),
    );
  } finally {
    await db.stop();
    await rm(root, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--csv-import') {
  const { BENCH_NEO4J_URL: url, BENCH_NEO4J_USER: user, BENCH_NEO4J_PASSWORD: password } = process.env;
  if (!url || !user || !password) throw new Error('the parent passes the database in the environment');
  const driver = neo4j.driver(url, neo4j.auth.basic(user, password));
  // Constraints and indexes first, as the app does on connecting: the import's lookups use them.
  await ensureSchema(driver);
  const result = await runCsvImport(driver, rest, log);
  await driver.close();
  console.log(JSON.stringify({ ...result, nodePeakRssMb: mb(process.resourceUsage().maxRSS) }));
} else {
  await main();
}
