// The launcher JVM as a child process: its ready line, its log, and stopping it on every OS.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LocalDatabaseError } from './localDatabaseError';

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

// Must match Launcher.java.
const READY_MARKER = 'CAREWEAVE_NEO4J_READY';
const LOCKED_MARKER = 'CAREWEAVE_NEO4J_LOCKED';
const EXIT_LOCKED = 3;
const STDERR_TAIL_LINES = 40;

/** The OS picks a free port; the tiny race until Neo4j binds it is acceptable on loopback. */
export function pickFreePort(): Promise<number> {
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

export function captureStderr(child: ChildProcess, log: (line: string) => void): string[] {
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

export interface ReadyContext {
  timeoutMs: number;
  stderrTail: string[];
  dataDir: string;
  /** Words for a locked folder: who was holding it, as far as we know. */
  lockedHint: string;
  log: (line: string) => void;
}

export function waitForReady(child: ChildProcess, context: ReadyContext): Promise<string> {
  const { timeoutMs, stderrTail, dataDir, lockedHint, log } = context;
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
        fail(
          new LocalDatabaseError(
            'locked',
            `The local database folder ${dataDir} is in use by another program.${lockedHint} Quit any other ` +
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
export async function terminate(child: ChildProcess, exited: Promise<LocalNeo4jExit>, graceMs: number): Promise<void> {
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
