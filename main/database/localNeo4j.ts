// The app-managed local Neo4j: a JVM child process running resources/neo4j/Launcher.java on a
// free loopback port, with auth on. Plain Node on purpose (no electron import) so tests and
// browser mode use the same code.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { planClassDataSharing } from './classDataSharing';
import type { CdsMode } from './classDataSharing';
import { MINIMUM_JAVA_MAJOR, checkJava, chooseJava, homeOfJavaBin } from './javaRuntime';
import type { JavaChoice } from './javaRuntime';
import { defaultResourcesDir, findLauncherFiles } from './launcherFiles';
import { alreadyRunningMessage, LocalDatabaseError } from './localDatabaseError';
import { findHolder, isAlive, readPidFile, removePidFileIf, stopStaleLauncher, writePidFile } from './launcherOwnership';
import { captureStderr, pickFreePort, terminate, waitForReady } from './launcherProcess';
import type { LocalNeo4jExit } from './launcherProcess';

export { LocalDatabaseError } from './localDatabaseError';
export type { LocalDatabaseErrorCode } from './localDatabaseError';
export { PID_FILE_NAME } from './launcherOwnership';
export type { LocalNeo4jExit } from './launcherProcess';

export interface LocalNeo4jOptions {
  /** Home of the database: store, logs, pid and password files. Created if missing. */
  dataDir: string;
  /** Folder holding Launcher.java, lib/ and, once built, runtime/ and cds/. Default: the repository's resources/neo4j. */
  resourcesDir?: string;
  /** Default: the bundled runtime, else $JAVA_HOME/bin/java, else `java` on the PATH. */
  javaBin?: string;
  /** JVM maximum heap, e.g. '512m'. */
  heap?: string;
  /** Neo4j page cache, e.g. '64m'. */
  pageCache?: string;
  /** Class-data sharing: 'auto' (default) uses or records an archive; tools may record into a folder. */
  classDataSharing?: CdsMode;
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
  /** Which Java runs it, and how class-data sharing was used: for logs and benchmarks. */
  javaBin: string;
  classDataSharing: 'shipped' | 'own' | 'recording' | 'off';
  /** Settles when the JVM is gone, whether through stop() or not, so the app can notice a crash. */
  exited: Promise<LocalNeo4jExit>;
  stop(): Promise<void>;
}

export const PASSWORD_FILE_NAME = 'neo4j-password';
const RECORDING_STOP_MS = 120_000;

/**
 * Measured on Java 17 with Neo4j 5.26: without java.nio the page cache falls back to a slower
 * buffer mode; without sun.nio.ch and java.io Neo4j cannot reach file descriptors for its
 * native preallocation and cache hints ("Incorrect file descriptor" warnings).
 */
export const NEO4J_ADD_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

/** JVM settings for a small desktop database; the reasons are measurements on a 2-core machine. */
export function desktopJvmFlags(heap: string, dataDir: string): string[] {
  return [
    '-Xms128m',
    `-Xmx${heap}`,
    // Serial GC: ~100 MB less resident memory than G1 for a desktop-sized graph, same start time.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    // No shared-memory performance counters: nothing reads them, and they cost a file per start.
    '-XX:-UsePerfData',
    // The JVM's own warnings go to stdout by default, which carries the launcher's protocol.
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
    // A crash report belongs with the database's logs, not in the (read-only) install folder.
    `-XX:ErrorFile=${join(dataDir, 'logs', 'hs_err_pid%p.log')}`,
    ...NEO4J_ADD_OPENS,
  ];
}

const INSTALL_JAVA =
  'Install a Java 17 or 21 runtime (for example Eclipse Temurin from https://adoptium.net, or on ' +
  'Debian/Ubuntu: sudo apt install openjdk-17-jre-headless) and set JAVA_HOME to it, then start ' +
  'Careweave again. You can also connect Careweave to an existing Neo4j server instead.';

async function requireJava(choice: JavaChoice): Promise<void> {
  const probe = await checkJava(choice);
  if (!probe.ok) {
    throw new LocalDatabaseError(
      'java_missing',
      `Careweave's local database needs Java ${MINIMUM_JAVA_MAJOR} or newer, but Java could not be ` +
        `run ("${choice.javaBin}": ${probe.detail}). ${INSTALL_JAVA}`,
    );
  }
  if (probe.major < MINIMUM_JAVA_MAJOR) {
    throw new LocalDatabaseError(
      'java_too_old',
      `Careweave's local database needs Java ${MINIMUM_JAVA_MAJOR} or newer, but "${choice.javaBin}" is ` +
        `Java ${probe.major} (${probe.versionLine}). ${INSTALL_JAVA}`,
    );
  }
}

/**
 * One password per data folder, kept in a file only the user can read. Setting it costs Neo4j a
 * system-database command (over 2 s of a start here), so the launcher sets it only when the
 * database is new or the password changed, not on every start.
 */
async function passwordFor(dataDir: string): Promise<{ password: string; file: string }> {
  const file = join(dataDir, PASSWORD_FILE_NAME);
  let password = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (password.length < 24) {
    password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
  }
  await chmod(file, 0o600); // a mode given to writeFile only applies when it creates the file
  return { password, file };
}

/** True when another running copy of the app holds this data folder's local database. */
export async function isHeldByRunningCopy(dataDir: string): Promise<boolean> {
  return (await findHolder(resolve(dataDir))).kind === 'running';
}

/** Refuses a folder another running copy of the app holds, and stops a leftover of a crashed one. */
async function claimFolder(dataDir: string, stopTimeoutMs: number): Promise<string> {
  const holder = await findHolder(dataDir);
  if (holder.kind === 'running') throw new LocalDatabaseError('already_running', alreadyRunningMessage(dataDir));
  if (holder.kind === 'stale') {
    await stopStaleLauncher(dataDir, holder.pid, stopTimeoutMs);
    return ` Careweave stopped its earlier database process ${holder.pid}, but the folder is still locked.`;
  }
  if (holder.kind === 'unknown') {
    return ` Process ${holder.pid} was using it last and could not be confirmed as Careweave's, so it was left alone.`;
  }
  return '';
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const dataDir = resolve(options.dataDir);
  const resourcesDir = resolve(options.resourcesDir ?? defaultResourcesDir());
  const java: JavaChoice = options.javaBin
    ? { javaBin: options.javaBin, home: homeOfJavaBin(options.javaBin), bundled: false }
    : chooseJava(resourcesDir);
  const stopTimeoutMs = options.stopTimeoutMs ?? 20_000;
  const log = options.log ?? (() => {});

  await requireJava(java);
  const launcher = findLauncherFiles(resourcesDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
  const lockedHint = await claimFolder(dataDir, stopTimeoutMs);

  const [port, { password, file: passwordFile }] = await Promise.all([pickFreePort(), passwordFor(dataDir)]);
  const cds = await planClassDataSharing({
    mode: options.classDataSharing ?? 'auto',
    resourcesDir,
    classpath: launcher.classpath,
    jarsOnly: launcher.jarsOnly,
    javaHome: java.home,
    ownDir: join(dataDir, 'cds'),
  });
  // Writing the archive as the JVM exits takes seconds more (over 20 s on a busy 2-core machine):
  // a stop that cut it short would waste the recording.
  const stopGraceMs = cds.how === 'recording' ? Math.max(stopTimeoutMs, RECORDING_STOP_MS) : stopTimeoutMs;
  if (cds.how === 'recording') log('local database: recording a class-data archive for faster starts (written when it stops)');

  const previous = await readPidFile(dataDir);
  const child = spawn(
    java.javaBin,
    [
      ...desktopJvmFlags(options.heap ?? '512m', dataDir),
      ...cds.flags,
      '-cp',
      launcher.classpath.join(delimiter),
      launcher.main,
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--password-file',
      passwordFile,
      '--page-cache',
      options.pageCache ?? '64m',
    ],
    // The class path is relative to the launcher's folder (see launcherFiles.ts).
    { cwd: resourcesDir, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true },
  );
  const exited = new Promise<LocalNeo4jExit>((settle) => {
    child.once('exit', (code, signal) => settle({ code, signal }));
    // 'on', not 'once': a later failed kill() also emits 'error', which must not go unhandled.
    child.on('error', () => settle({ code: null, signal: null }));
  }).then(async (exit) => {
    await cds.afterExit(exit.code).catch(() => undefined);
    return exit;
  });
  // Writing to a JVM that already died must not crash the app with an unhandled EPIPE.
  child.stdin?.on('error', () => {});
  const stderrTail = captureStderr(child, log);
  // Listening before anything else is awaited: a JVM that fails at once must not exit unheard.
  const ready = waitForReady(child, { timeoutMs: options.startTimeoutMs ?? 120_000, stderrTail, dataDir, lockedHint, log });
  ready.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  // Recorded before the database is ready, so a second copy started meanwhile sees who holds the folder.
  if (child.pid !== undefined) await writePidFile(dataDir, { pid: child.pid, owner: process.pid });

  let boltUrl: string;
  try {
    boltUrl = await ready;
  } catch (error) {
    await terminate(child, exited, stopTimeoutMs);
    if (child.pid !== undefined) await removePidFileIf(dataDir, child.pid);
    // Whoever held the folder before still does: put its record back for the next start to read.
    if (previous && isAlive(previous.pid)) await writePidFile(dataDir, previous).catch(() => undefined);
    throw error;
  }

  const pid = child.pid as number; // defined: the child printed the ready line
  let stopping: Promise<void> | undefined;
  return {
    boltUrl,
    user: 'neo4j',
    password,
    port,
    pid,
    javaBin: java.javaBin,
    classDataSharing: cds.how,
    exited,
    stop() {
      stopping ??= (async () => {
        await terminate(child, exited, stopGraceMs);
        await removePidFileIf(dataDir, pid);
      })();
      return stopping;
    },
  };
}
