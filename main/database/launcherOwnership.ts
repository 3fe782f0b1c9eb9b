// Who holds a data folder's database. The pid file names the launcher JVM and the app process
// that started it (its owner). A launcher whose owner is gone was left over by a crash or a hang
// and may be stopped; a launcher whose owner is alive belongs to another running copy of
// Careweave and must be left alone, whatever else is true.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LAUNCHER_CLASS } from './launcherFiles';

export const PID_FILE_NAME = 'neo4j.pid';

export interface PidRecord {
  pid: number;
  /** Absent in pid files written before owners were recorded (a plain number). */
  owner?: number;
}

export type Holder =
  | { kind: 'none' }
  /** Another copy of the app is running on this folder. */
  | { kind: 'running'; pid: number; owner: number }
  /** A launcher of ours whose app is gone: safe to stop. */
  | { kind: 'stale'; pid: number }
  /** A live process we cannot prove is our launcher: never touched. */
  | { kind: 'unknown'; pid: number };

export async function writePidFile(dataDir: string, record: PidRecord): Promise<void> {
  await writeFile(join(dataDir, PID_FILE_NAME), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

export async function readPidFile(dataDir: string): Promise<PidRecord | undefined> {
  let text: string;
  try {
    text = (await readFile(join(dataDir, PID_FILE_NAME), 'utf8')).trim();
  } catch {
    return undefined;
  }
  const valid = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
  if (/^\d+$/.test(text)) return valid(Number(text)) ? { pid: Number(text) } : undefined;
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; owner?: unknown };
    if (!valid(parsed.pid)) return undefined;
    return valid(parsed.owner) ? { pid: parsed.pid, owner: parsed.owner } : { pid: parsed.pid };
  } catch {
    return undefined;
  }
}

export async function removePidFileIf(dataDir: string, pid: number): Promise<void> {
  if ((await readPidFile(dataDir))?.pid === pid) await rm(join(dataDir, PID_FILE_NAME), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Only Linux exposes another process's arguments and parent cheaply; elsewhere never kill on a guess. */
async function procInfo(pid: number): Promise<{ args: string[]; parent: number } | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    // The command name in field 2 may contain spaces and parentheses; the fields after the last ')' do not.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { args, parent };
  } catch {
    return undefined;
  }
}

function runsOurLauncher(args: string[], dataDir: string): boolean {
  const dirIndex = args.indexOf('--data-dir');
  const dirArg = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  const runsLauncher = args.some((arg) => arg === LAUNCHER_CLASS || arg.endsWith('Launcher.java'));
  return runsLauncher && dirArg !== undefined && resolve(dirArg) === resolve(dataDir);
}

/**
 * Who holds the folder. An owner counts as alive only while it is still the launcher's parent
 * (where that can be read): a crashed app's launcher is re-parented, so a recycled owner pid
 * cannot make a leftover look like a running copy.
 */
export async function findHolder(dataDir: string): Promise<Holder> {
  const record = await readPidFile(dataDir);
  if (!record || record.pid === process.pid || !isAlive(record.pid)) return { kind: 'none' };
  const info = await procInfo(record.pid);
  const ownerAlive =
    record.owner !== undefined && isAlive(record.owner) && (info === undefined || info.parent === record.owner);
  if (ownerAlive && record.owner !== undefined) return { kind: 'running', pid: record.pid, owner: record.owner };
  if (info && runsOurLauncher(info.args, dataDir)) return { kind: 'stale', pid: record.pid };
  return { kind: 'unknown', pid: record.pid };
}

function sendSignal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitForDeath(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((settle) => setTimeout(settle, 100));
  }
  return true;
}

/** SIGTERM runs the launcher's shutdown hook: a clean checkpoint, no recovery on the next start. */
export async function stopStaleLauncher(dataDir: string, pid: number, graceMs: number): Promise<void> {
  sendSignal(pid, 'SIGTERM');
  if (!(await waitForDeath(pid, graceMs))) {
    sendSignal(pid, 'SIGKILL');
    await waitForDeath(pid, 5_000);
  }
  await rm(join(dataDir, PID_FILE_NAME), { force: true });
}
