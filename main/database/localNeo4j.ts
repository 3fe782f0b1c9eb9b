// The app-managed local Neo4j: a JVM child process running resources/neo4j/Launcher.java on a
// free loopback port, with auth on and a fresh random password on every start.
// Plain Node on purpose (no electron import) so tests and browser mode use the same code.
// The pieces: what it runs (neo4jLauncher.ts), the child process (neo4jProcess.ts), and an
// earlier session's launcher still holding the folder (staleLauncher.ts).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultJavaBin } from './javaRuntime';
import { defaultResourcesDir, launcherArguments, requireJava, requireLauncher } from './neo4jLauncher';
import { captureStderr, pickFreePort, terminate, waitForReady } from './neo4jProcess';
import type { LocalNeo4jExit } from './neo4jProcess';
import { PID_FILE_NAME, readPidFile, stopStaleLauncher } from './staleLauncher';

export { LocalDatabaseError } from './localDatabaseError';
export type { LocalDatabaseErrorCode } from './localDatabaseError';
export type { LocalNeo4jExit } from './neo4jProcess';
export { PID_FILE_NAME } from './staleLauncher';

export interface LocalNeo4jOptions {
  /** Home of the database: store, logs, pid and password files. Created if missing. */
  dataDir: string;
  /** Folder holding Launcher.java and lib/. Default: the repository's resources/neo4j. */
  resourcesDir?: string;
  /** Default: $JAVA_HOME/bin/java, else `java` on the PATH. */
  javaBin?: string;
  /** JVM maximum heap, e.g. '512m'. */
  heap?: string;
  /** Neo4j page cache, e.g. '64m'. */
  pageCache?: string;
  startTimeoutMs?: number;
  /** How long a clean shutdown may take before the process is killed. */
  stopTimeoutMs?: number;
  /** Receives Neo4j's log lines (stderr), for the app's own log. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  boltUrl: string;
  user: 'neo4j';
  password: string;
  port: number;
  pid: number;
  /** Settles when the JVM is gone, whether through stop() or not, so the app can notice a crash. */
  exited: Promise<LocalNeo4jExit>;
  stop(): Promise<void>;
}

export const PASSWORD_FILE_NAME = 'neo4j-password';

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const dataDir = resolve(options.dataDir);
  const resourcesDir = resolve(options.resourcesDir ?? defaultResourcesDir());
  const javaBin = options.javaBin ?? defaultJavaBin();
  const stopTimeoutMs = options.stopTimeoutMs ?? 20_000;
  const log = options.log ?? (() => {});

  await requireJava(javaBin);
  const launcher = requireLauncher(resourcesDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const stale = await stopStaleLauncher(dataDir, stopTimeoutMs);

  const port = await pickFreePort();
  const password = randomBytes(24).toString('base64url');
  const passwordFile = join(dataDir, PASSWORD_FILE_NAME);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(passwordFile, 0o600); // the mode above only applies when the file is created

  const child = spawn(
    javaBin,
    launcherArguments(launcher, { heap: options.heap ?? '512m', pageCache: options.pageCache ?? '64m', port, dataDir, passwordFile }),
    { cwd: dataDir, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true },
  );
  const exited = new Promise<LocalNeo4jExit>((settle) => {
    child.once('exit', (code, signal) => settle({ code, signal }));
    // 'on', not 'once': a later failed kill() also emits 'error', which must not go unhandled.
    child.on('error', () => settle({ code: null, signal: null }));
  });
  // Writing to a JVM that already died must not crash the app with an unhandled EPIPE.
  child.stdin?.on('error', () => {});
  const stderrTail = captureStderr(child, log);

  let boltUrl: string;
  try {
    boltUrl = await waitForReady(child, {
      timeoutMs: options.startTimeoutMs ?? 120_000,
      stderrTail,
      dataDir,
      stale,
      log,
    });
  } catch (error) {
    await terminate(child, exited, stopTimeoutMs);
    throw error;
  }

  const pid = child.pid as number; // defined: the child printed the ready line
  const pidFile = join(dataDir, PID_FILE_NAME);
  await writeFile(pidFile, `${pid}\n`);

  let stopping: Promise<void> | undefined;
  return {
    boltUrl,
    user: 'neo4j',
    password,
    port,
    pid,
    exited,
    stop() {
      stopping ??= (async () => {
        await terminate(child, exited, stopTimeoutMs);
        if ((await readPidFile(dataDir)) === pid) await rm(pidFile, { force: true });
      })();
      return stopping;
    },
  };
}

