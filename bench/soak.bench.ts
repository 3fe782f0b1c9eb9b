// Soak under faults: a bounded run (a count of writes and a time limit) of mixed edits, imports
// and scenario saves through the real back end on the app-managed local Neo4j, with the
// database's JVM killed (SIGKILL) twice along the way. Reports how many writes were
// acknowledged, how many of those are in the database afterwards (all of them, or it is a bug),
// and the longest time the app had no database. Prints one JSON object; logs go to stderr.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient } from '../shared/api';
import { createBackend } from '../main/composition';
import { startLocalNeo4j } from '../main/database/localNeo4j';
import { createFileSecretStore } from '../main/settings/secretStore';
import { emptyLedger, verify, writeOnce } from './soakWorkload';

const WRITES = 360;
const TIME_LIMIT_MS = 6 * 60 * 1000;
const KILL_AT = [Math.floor(WRITES / 3), Math.floor((2 * WRITES) / 3)];
const STATUS_EVERY_MS = 100;
const REFUSED_PAUSE_MS = 1_000;

const log = (message: string) => process.stderr.write(`[soak] ${message}\n`);

const dataDir = await mkdtemp(join(tmpdir(), 'careweave-soak-'));
const backend = createBackend({
  appVersion: 'soak',
  transport: 'http',
  userDataDir: dataDir,
  resourcesDir: join(process.cwd(), 'resources'),
  secrets: createFileSecretStore(join(dataDir, 'secrets.json')),
  startLocal: () => startLocalNeo4j({ dataDir: join(dataDir, 'neo4j') }),
  log: (message) => log(message),
});
const api = createApiClient((method, request) => backend.router.dispatch(method, request));

// The status bar's view of the run: every span without a connected database, measured from the
// first answer that was not "connected" to the first that was again. It starts once the
// database is first up: the first start is measured by the start-up benchmark.
const outages: number[] = [];
let downSince: number | null = null;
let watching = true;
async function watch(): Promise<void> {
  while (watching) {
    const connected = (await api.getDatabaseStatus({}).catch(() => null))?.state === 'connected';
    const now = performance.now();
    if (!connected && downSince === null) downSince = now;
    if (connected && downSince !== null) {
      outages.push(now - downSince);
      downSince = null;
    }
    await new Promise((settle) => setTimeout(settle, STATUS_EVERY_MS));
  }
}

async function untilConnected(timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await api.getDatabaseStatus({}).catch(() => null))?.state !== 'connected') {
    if (performance.now() > deadline) throw new Error(`the database was not back within ${timeoutMs / 1000} s`);
    await new Promise((settle) => setTimeout(settle, 250));
  }
}

// Each kill strikes a database that is up and serving: writes go on meanwhile, so without the
// wait the second kill could land on the restart of the first.
async function killDatabase(): Promise<number> {
  await untilConnected(180_000);
  const { pid } = JSON.parse(await readFile(join(dataDir, 'neo4j', 'neo4j.pid'), 'utf8')) as { pid: number };
  process.kill(pid, 'SIGKILL');
  log(`killed the database (pid ${pid})`);
  return performance.now();
}

try {
  const loadBefore = loadavg()[0];
  await backend.database.start();
  const network = await api.createNetwork({ name: 'Soak' });
  const watcher = watch();
  const ledger = emptyLedger();
  // For each kill: how long until the next write was acknowledged again.
  const kills: Array<{ atWrite: number; killedAt: number; firstAcknowledgedAfterMs: number | null }> = [];
  const started = performance.now();
  let written = 0;
  for (; written < WRITES && performance.now() - started < TIME_LIMIT_MS; written += 1) {
    if (KILL_AT.includes(written)) kills.push({ atWrite: written, killedAt: await killDatabase(), firstAcknowledgedAfterMs: null });
    const acknowledged = await writeOnce(api, ledger, network.id, written);
    const pending = kills.at(-1);
    if (acknowledged && pending && pending.firstAcknowledgedAfterMs === null) {
      pending.firstAcknowledgedAfterMs = Math.round(performance.now() - pending.killedAt);
    }
    // A person told "nothing was saved" tries again a moment later; they do not hammer the app.
    if (!acknowledged) await new Promise((settle) => setTimeout(settle, REFUSED_PAUSE_MS));
  }
  const runMs = performance.now() - started;
  await new Promise((settle) => setTimeout(settle, 500));
  watching = false;
  await watcher;
  if (downSince !== null) outages.push(performance.now() - downSince);

  await untilConnected(180_000);
  const missing = await verify(api, ledger);
  const byKind: Record<string, number> = {};
  for (const write of ledger.acknowledged) byKind[write.kind] = (byKind[write.kind] ?? 0) + 1;
  const refusedCodes: Record<string, number> = {};
  for (const refusal of ledger.refused) refusedCodes[refusal.code] = (refusedCodes[refusal.code] ?? 0) + 1;
  console.log(
    JSON.stringify(
      {
        benchmark: 'soak-with-database-killed-twice',
        bounds: { writes: WRITES, timeLimitSeconds: TIME_LIMIT_MS / 1000 },
        attempted: written,
        runSeconds: Math.round(runMs / 100) / 10,
        acknowledgedWrites: ledger.acknowledged.length,
        acknowledgedByKind: byKind,
        presentAfterwards: ledger.acknowledged.length - missing.length,
        missing: missing.slice(0, 20),
        refusedWrites: ledger.refused.length,
        refusedBy: refusedCodes,
        kills: kills.map(({ atWrite, firstAcknowledgedAfterMs }) => ({ atWrite, firstAcknowledgedAfterMs })),
        longestWithoutDatabaseMs: Math.round(Math.max(0, ...outages)),
        outagesMs: outages.map(Math.round),
        loadAverage1m: { before: loadBefore, after: loadavg()[0] },
      },
      null,
      2,
    ),
  );
  if (missing.length > 0) process.exitCode = 1;
} finally {
  watching = false;
  await backend.database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
