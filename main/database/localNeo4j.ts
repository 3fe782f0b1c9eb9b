// The app-managed local Neo4j: a JVM child process running resources/neo4j/Launcher.java on a
// free loopback port, with auth on and a fresh random password on every start.
// Plain Node on purpose (no electron import) so tests and browser mode use the same code.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MINIMUM_JAVA_MAJOR, defaultJavaBin, probeJava } from './javaRuntime';

export type LocalDatabaseErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'jars_missing'
  | 'start_failed'
  | 'start_timeout'
  | 'locked';

/** A failure the user can act on; `message` says what to do next. */
export class LocalDatabaseError extends Error {
  override readonly name = 'LocalDatabaseError';

  constructor(
    readonly code: LocalDatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

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

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
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

export const PID_FILE_NAME = 'neo4j.pid';
export const PASSWORD_FILE_NAME = 'neo4j-password';

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

// Must match Launcher.java.
const READY_MARKER = 'CAREWEAVE_NEO4J_READY';
const LOCKED_MARKER = 'CAREWEAVE_NEO4J_LOCKED';
const EXIT_LOCKED = 3;
const STDERR_TAIL_LINES = 40;

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
    [
      '-Xms128m',
      `-Xmx${options.heap ?? '512m'}`,
      // Serial GC: ~100 MB less resident memory than G1 for a desktop-sized graph, same start time.
      '-XX:+UseSerialGC',
      '-XX:+ExitOnOutOfMemoryError',
      ...NEO4J_ADD_OPENS,
      '-cp',
      launcher.classpath,
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

async function requireJava(javaBin: string): Promise<void> {
  const install =
    'Install a Java 17 or 21 runtime (for example Eclipse Temurin from https://adoptium.net, or on ' +
    'Debian/Ubuntu: sudo apt install openjdk-17-jre-headless) and set JAVA_HOME to it, then start ' +
    'Careweave again. You can also connect Careweave to an existing Neo4j server instead.';
  const probe = await probeJava(javaBin);
  if (!probe.ok) {
    throw new LocalDatabaseError(
      'java_missing',
      `Careweave's local database needs Java ${MINIMUM_JAVA_MAJOR} or newer, but Java could not be ` +
        `run ("${javaBin}": ${probe.detail}). ${install}`,
    );
  }
  if (probe.major < MINIMUM_JAVA_MAJOR) {
    throw new LocalDatabaseError(
      'java_too_old',
      `Careweave's local database needs Java ${MINIMUM_JAVA_MAJOR} or newer, but "${javaBin}" is ` +
        `Java ${probe.major} (${probe.versionLine}). ${install}`,
    );
  }
}

const LAUNCHER_CLASS = 'Launcher';

interface LauncherFiles {
  libDir: string;
  classpath: string;
  /** The compiled class name, or the source file for Java's single-file source launch. */
  main: string;
}

function requireLauncher(resourcesDir: string): LauncherFiles {
  const source = join(resourcesDir, 'Launcher.java');
  const libDir = join(resourcesDir, 'lib');
  const classesDir = join(resourcesDir, 'classes');
  const jars = existsSync(libDir) ? readdirSync(libDir) : [];
  if (!existsSync(source) || !jars.some((name) => /^neo4j-\d.*\.jar$/.test(name))) {
    throw new LocalDatabaseError(
      'jars_missing',
      `The local database files are missing from ${resourcesDir}. In a development checkout run ` +
        '`npm run setup:neo4j` (it needs Maven and Java 17+); in an installed app, reinstall Careweave.',
    );
  }
  // setup.mjs compiles the launcher when a JDK is present: that saves ~1.5 s per start and
  // works on a Java runtime without the compiler, which source launch needs.
  const compiled = join(classesDir, `${LAUNCHER_CLASS}.class`);
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) {
    return { libDir, classpath: [classesDir, join(libDir, '*')].join(delimiter), main: LAUNCHER_CLASS };
  }
  return { libDir, classpath: join(libDir, '*'), main: source };
}

/** Finds the folder from the module location (source or bundled) or the working directory. */
function defaultResourcesDir(): string {
  const starts = [process.cwd()];
  try {
    starts.unshift(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled as CommonJS without import.meta: the working directory is all we have.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'resources', 'neo4j');
      if (existsSync(join(candidate, 'Launcher.java'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return join(process.cwd(), 'resources', 'neo4j');
}

/** The OS picks a free port; the tiny race until Neo4j binds it is acceptable on loopback. */
function pickFreePort(): Promise<number> {
  return new Promise((settle, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') settle(address.port);
        else reject(new Error('could not read the port of a loopback socket'));
      });
    });
  });
}

function captureStderr(child: ChildProcess, log: (line: string) => void): string[] {
  const tail: string[] = [];
  // Keep reading for the whole life of the JVM: a full pipe would block Neo4j's logging.
  if (child.stderr) {
    createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', (line) => {
      tail.push(line);
      if (tail.length > STDERR_TAIL_LINES) tail.shift();
      log(line);
    });
  }
  return tail;
}

interface ReadyContext {
  timeoutMs: number;
  stderrTail: string[];
  dataDir: string;
  stale: StaleOutcome;
  log: (line: string) => void;
}

function waitForReady(child: ChildProcess, context: ReadyContext): Promise<string> {
  const { timeoutMs, stderrTail, dataDir, stale, log } = context;
  const lastLines = (): string =>
    stderrTail.length ? `\nLast log lines:\n${stderrTail.slice(-15).join('\n')}` : '';
  const logHint = `See ${join(dataDir, 'logs', 'debug.log')} for details.`;

  return new Promise((settle, reject) => {
    let done = false;
    const fail = (error: LocalDatabaseError): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => {
      fail(
        new LocalDatabaseError(
          'start_timeout',
          `The local database did not start within ${Math.round(timeoutMs / 1000)} s. The computer ` +
            `may be busy; try again. ${logHint}${lastLines()}`,
        ),
      );
    }, timeoutMs);

    if (child.stdout) {
      createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
        if (!done && line.startsWith(`${READY_MARKER} `)) {
          done = true;
          clearTimeout(timer);
          settle(line.slice(READY_MARKER.length + 1).trim());
        } else {
          log(line);
        }
      });
    }
    child.once('error', (error) => {
      fail(
        new LocalDatabaseError('start_failed', `The local database could not be started: ${error.message}`, {
          cause: error,
        }),
      );
    });
    // 'close' rather than 'exit': by then stdout and stderr are fully read.
    child.once('close', (code, signal) => {
      if (code === EXIT_LOCKED || stderrTail.some((line) => line.startsWith(LOCKED_MARKER))) {
        const holder =
          stale.leftAlone !== undefined
            ? ` Process ${stale.leftAlone} was using it last and could not be confirmed as Careweave's, so it was left alone.`
            : stale.stopped !== undefined
              ? ` Careweave stopped its earlier database process ${stale.stopped}, but the folder is still locked.`
              : '';
        fail(
          new LocalDatabaseError(
            'locked',
            `The local database folder ${dataDir} is in use by another program.${holder} Quit any other ` +
              'running copy of Careweave (or any Neo4j using this folder), or restart the computer, then try again.',
          ),
        );
        return;
      }
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      fail(new LocalDatabaseError('start_failed', `The local database ${how} while starting. ${logHint}${lastLines()}`));
    });
  });
}

/** Ask nicely through stdin (works on every OS), then SIGTERM, then SIGKILL. */
async function terminate(child: ChildProcess, exited: Promise<LocalNeo4jExit>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  if (await settlesWithin(exited, graceMs)) return;
  // On Windows kill() is TerminateProcess whatever the signal, so skip straight to the hard stop.
  if (process.platform !== 'win32') {
    child.kill('SIGTERM');
    if (await settlesWithin(exited, 5_000)) return;
  }
  child.kill('SIGKILL');
  await exited;
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((settle) => {
    const timer = setTimeout(() => settle(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      settle(true);
    });
  });
}

interface StaleOutcome {
  /** A live process named by the pid file that we could not prove is our launcher. */
  leftAlone?: number;
  /** Our launcher from an earlier session, now stopped. */
  stopped?: number;
}

/**
 * A launcher left running from an earlier app session (the app hung, or was killed while something
 * kept the JVM's stdin open) holds the store lock. Stop it when we can prove it is ours.
 */
async function stopStaleLauncher(dataDir: string, graceMs: number): Promise<StaleOutcome> {
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

async function readPidFile(dataDir: string): Promise<number | undefined> {
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
