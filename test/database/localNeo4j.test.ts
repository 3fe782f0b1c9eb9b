// Real Java, real Neo4j. Each start costs seconds on a 2-core machine, so the database tests share
// one data folder and walk through its life in order: start, a second copy refused, a refused
// lock, stale recovery, stop.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../main/database/javaRuntime';
import {
  LocalDatabaseError,
  PASSWORD_FILE_NAME,
  PID_FILE_NAME,
  startLocalNeo4j,
} from '../../main/database/localNeo4j';
import type { LocalNeo4j } from '../../main/database/localNeo4j';
import { returnOne } from '../support/localDatabase';

const START_TIMEOUT = 180_000;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'careweave-local-neo4j-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startFailure(promise: Promise<unknown>): Promise<LocalDatabaseError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LocalDatabaseError);
  return error as LocalDatabaseError;
}

describe('preconditions, checked before any JVM starts', () => {
  it('reads Java major versions in both numbering schemes', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_381"')).toBe(8);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });

  it('reports a missing Java as java_missing with what to install', async () => {
    const error = await startFailure(startLocalNeo4j({ dataDir: join(root, 'no-java'), javaBin: '/nonexistent/java' }));
    expect(error.code).toBe('java_missing');
    expect(error.message).toMatch(/Java 17/);
    expect(error.message).toMatch(/JAVA_HOME/);
  });

  it.skipIf(process.platform === 'win32')('reports a Java older than 17 as java_too_old', async () => {
    const fakeJava = join(root, 'old-java');
    await writeFile(fakeJava, '#!/bin/sh\necho \'java version "1.8.0_381"\' >&2\n', { mode: 0o755 });
    const error = await startFailure(startLocalNeo4j({ dataDir: join(root, 'old-java-db'), javaBin: fakeJava }));
    expect(error.code).toBe('java_too_old');
    expect(error.message).toMatch(/Java 8/);
  });

  it('reports missing jars with the setup command to run', async () => {
    const emptyResources = await mkdtemp(join(root, 'resources-'));
    const error = await startFailure(startLocalNeo4j({ dataDir: join(root, 'no-jars'), resourcesDir: emptyResources }));
    expect(error.code).toBe('jars_missing');
    expect(error.message).toMatch(/npm run setup:neo4j/);
  });
});

describe('a local database through its life', () => {
  let dataDir: string;
  let first: LocalNeo4j;
  let second: LocalNeo4j | undefined;

  beforeAll(() => {
    // Laid out as the app lays out its data folder, so browser mode can be pointed at it too.
    dataDir = join(root, 'app', 'neo4j');
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it(
    'starts a Bolt endpoint on loopback that answers with the generated password and rejects others',
    async () => {
      const started = Date.now();
      first = await startLocalNeo4j({ dataDir });
      console.log(`cold start: ${((Date.now() - started) / 1000).toFixed(1)} s`);

      // The runtime and class-data archive `npm install` made, as the installers ship them.
      expect(first.javaBin).toBe(join(process.cwd(), 'resources', 'neo4j', 'runtime', 'bin', process.platform === 'win32' ? 'java.exe' : 'java'));
      expect(first.classDataSharing).toBe('shipped');
      expect(first.boltUrl).toBe(`bolt://127.0.0.1:${first.port}`);
      expect(first.user).toBe('neo4j');
      expect(await returnOne(first)).toBe(1);
      await expect(returnOne(first, 'not-the-password')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });

      expect(JSON.parse(await readFile(join(dataDir, PID_FILE_NAME), 'utf8'))).toEqual({ pid: first.pid, owner: process.pid });
      expect((await readFile(join(dataDir, PASSWORD_FILE_NAME), 'utf8')).trim()).toBe(first.password);
      if (process.platform !== 'win32') {
        expect((await stat(join(dataDir, PASSWORD_FILE_NAME))).mode & 0o777).toBe(0o600);
      }
    },
    START_TIMEOUT,
  );

  it(
    'refuses to start a second copy on the same folder while the first copy is running, and leaves the first alone',
    async () => {
      // The pid file names the running launcher and its owner (this test process, alive).
      const error = await startFailure(startLocalNeo4j({ dataDir }));
      expect(error.code).toBe('already_running');
      expect(error.message).toMatch(/Careweave is already running on this data folder/);
      expect(isAlive(first.pid)).toBe(true);
      expect(await returnOne(first)).toBe(1);
    },
    START_TIMEOUT,
  );

  it(
    'makes a second browser-mode copy on the same folder say so and leave, with the first copy untouched',
    async () => {
      const entry = join(process.cwd(), 'out', 'main', 'browser.js');
      const child = spawn(process.execPath, [entry, '--no-open', '--data-dir', dirname(dataDir)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((settle) => child.once('exit', settle));
      expect(output).toMatch(/Careweave is already running on this data folder/);
      expect(output).not.toContain('CAREWEAVE_BROWSER_READY');
      expect(code).toBe(1);
      expect(isAlive(first.pid)).toBe(true);
      expect(await returnOne(first)).toBe(1);
    },
    START_TIMEOUT,
  );

  it(
    'refuses a folder locked by a process it cannot prove is its own, and leaves that process alone',
    async () => {
      // The pid file names a live process that is not our launcher (the test runner itself).
      await writeFile(join(dataDir, PID_FILE_NAME), `${process.ppid}\n`);
      const error = await startFailure(startLocalNeo4j({ dataDir }));
      expect(error.code).toBe('locked');
      expect(error.message).toContain(String(process.ppid));
      expect(isAlive(first.pid)).toBe(true);
      expect(await returnOne(first)).toBe(1);
    },
    START_TIMEOUT,
  );

  it(
    'stops a launcher whose app is gone (it crashed or hung up) and starts afresh',
    async () => {
      // As after an app that died without stopping its database: the recorded owner is gone.
      const gone = spawn(process.execPath, ['-e', '']);
      const goneOwner = gone.pid as number;
      await new Promise((settle) => gone.once('exit', settle));
      await writeFile(join(dataDir, PID_FILE_NAME), JSON.stringify({ pid: first.pid, owner: goneOwner }));
      const started = Date.now();
      second = await startLocalNeo4j({ dataDir });
      console.log(`warm start with stale recovery: ${((Date.now() - started) / 1000).toFixed(1)} s`);

      const firstExit = await first.exited;
      expect(firstExit.signal ?? firstExit.code).not.toBe(0); // it was stopped by us, not on its own
      expect(isAlive(first.pid)).toBe(false);
      expect(second.pid).not.toBe(first.pid);
      expect(await returnOne(second)).toBe(1);
      expect(JSON.parse(await readFile(join(dataDir, PID_FILE_NAME), 'utf8'))).toEqual({ pid: second.pid, owner: process.pid });
    },
    START_TIMEOUT,
  );

  it(
    'stops cleanly when its stdin closes',
    async () => {
      const db = second as LocalNeo4j;
      const started = Date.now();
      await db.stop();
      // Exit code 0 means the launcher's stdin watcher ended it; SIGTERM would give 143.
      expect(await db.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(isAlive(db.pid)).toBe(false);
      await expect(readFile(join(dataDir, PID_FILE_NAME), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    },
    START_TIMEOUT,
  );
});
