// A launcher left running from an earlier app session holds the data folder's lock. The pid file
// says which process it was; it is stopped only when it can be proven to be Careweave's own.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LAUNCHER_CLASS } from './neo4jLauncher';

export const PID_FILE_NAME = 'neo4j.pid';

export interface StaleOutcome {
  /** A live process named by the pid file that we could not prove is our launcher. */
  leftAlone?: number;
  /** Our launcher from an earlier session, now stopped. */
  stopped?: number;
}

/**
 * A launcher left running from an earlier app session (the app hung, or was killed while something
 * kept the JVM's stdin open) holds the store lock. Stop it when we can prove it is ours.
 */
export async function stopStaleLauncher(dataDir: string, graceMs: number): Promise<StaleOutcome> {
  const pid = await readPidFile(dataDir);
  if (pid === undefined || pid === process.pid || !isAlive(pid)) return {};
  if (!(await isOurLauncher(pid, dataDir))) return { leftAlone: pid };

  // SIGTERM runs the launcher's shutdown hook: a clean checkpoint, no recovery on the next start.
  sendSignal(pid, 'SIGTERM');
  if (!(await waitForDeath(pid, graceMs))) {
    sendSignal(pid, 'SIGKILL');
    await waitForDeath(pid, 5_000);
  }
  await rm(join(dataDir, PID_FILE_NAME), { force: true });
  return { stopped: pid };
}

export async function readPidFile(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(join(dataDir, PID_FILE_NAME), 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Only Linux exposes another process's arguments cheaply; elsewhere never kill on a guess. */
async function isOurLauncher(pid: number, dataDir: string): Promise<boolean> {
  if (process.platform !== 'linux') return false;
  let args: string[];
  try {
    args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    return false;
  }
  const dirIndex = args.indexOf('--data-dir');
  const dirArg = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  const runsLauncher = args.some((arg) => arg === LAUNCHER_CLASS || arg.endsWith('Launcher.java'));
  return runsLauncher && dirArg !== undefined && resolve(dirArg) === dataDir;
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
