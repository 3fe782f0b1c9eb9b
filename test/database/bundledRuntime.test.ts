// The Java runtime the installers ship (resources/neo4j/runtime, made by jlink) runs the local
// database with the class-data archive made at setup (in the checkout: see localNeo4j.test.ts),
// also once the files sit somewhere else as after an install; and when an installer rewrote the jars' times, the app records an archive of
// its own on the first start and uses it from the second. Real JVMs, real Neo4j.
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseJava, readReleaseVersion } from '../../main/database/javaRuntime';
import { startLocalNeo4j } from '../../main/database/localNeo4j';
import { findJdkHome } from '../../scripts/runtime/jdkTools';
import { returnOne } from '../support/localDatabase';

const START_TIMEOUT = 240_000;
const shipped = join(process.cwd(), 'resources', 'neo4j');
const JAVA = process.platform === 'win32' ? 'java.exe' : 'java';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'careweave-runtime-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The shipped files laid out in another folder, as an installer leaves them (same times). */
function install(into: string): void {
  const files = readdirSync(shipped, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(shipped, name)).isFile());
  for (const name of files) {
    if (!/^(Launcher\.java|launcher\.jar|lib[/\\]|runtime[/\\]|cds[/\\])/.test(name)) continue;
    const target = join(into, name);
    mkdirSync(join(target, '..'), { recursive: true });
    try {
      linkSync(join(shipped, name), target); // same file, same times, no copying 350 MB
    } catch {
      copyFileSync(join(shipped, name), target);
      const { atime, mtime } = statSync(join(shipped, name));
      utimesSync(target, atime, mtime);
    }
  }
}

describe('the bundled Java runtime', () => {
  it('is a trimmed jlink image of the build JDK, chosen before JAVA_HOME and the PATH', () => {
    const runtime = join(shipped, 'runtime');
    const modules = (home: string) => /^MODULES="([^"]*)"/m.exec(readFileSync(join(home, 'release'), 'utf8'))?.[1]?.split(' ') ?? [];
    const jdk = findJdkHome();
    expect(jdk, 'no JDK found to compare with (set JAVA_HOME)').toBeDefined();
    expect(readReleaseVersion(runtime)).toBe(readReleaseVersion(jdk as string));
    expect(modules(runtime)).toContain('java.base');
    expect(modules(runtime).length).toBeLessThan(modules(jdk as string).length);
    expect(chooseJava(shipped, { JAVA_HOME: jdk, PATH: join(jdk as string, 'bin') })).toEqual({
      javaBin: join(runtime, 'bin', JAVA),
      home: runtime,
      bundled: true,
    });
  });

  it(
    'still uses that archive once installed in another folder',
    async () => {
      const installed = join(root, 'installed', 'resources', 'neo4j');
      install(installed);
      const db = await startLocalNeo4j({ dataDir: join(root, 'installed-data'), resourcesDir: installed });
      try {
        expect(db.javaBin).toBe(join(installed, 'runtime', 'bin', JAVA));
        expect(db.classDataSharing).toBe('shipped');
        expect(await returnOne(db)).toBe(1);
      } finally {
        await db.stop();
      }
    },
    START_TIMEOUT,
  );

  it(
    'records its own archive when an installer changed the jar times, and uses it from the next start',
    async () => {
      const installed = join(root, 'retimed', 'resources', 'neo4j');
      install(installed);
      const jar = readdirSync(join(installed, 'lib')).find((name) => name.startsWith('neo4j-lock-')) as string;
      const retimed = join(installed, 'lib', jar);
      copyFileSync(join(shipped, 'lib', jar), `${retimed}.tmp`);
      await rm(retimed);
      copyFileSync(`${retimed}.tmp`, retimed); // a fresh file: today's time, as many installers write
      await rm(`${retimed}.tmp`);
      const dataDir = join(root, 'retimed-data');

      const first = await startLocalNeo4j({ dataDir, resourcesDir: installed });
      expect(first.classDataSharing).toBe('recording');
      expect(await returnOne(first)).toBe(1);
      await first.stop();
      expect(readdirSync(join(dataDir, 'cds')).sort()).toEqual(['launcher.jsa', 'launcher.json']);

      const second = await startLocalNeo4j({ dataDir, resourcesDir: installed });
      try {
        expect(second.classDataSharing).toBe('own');
        expect(await returnOne(second)).toBe(1);
        expect(relative(installed, second.javaBin)).toBe(join('runtime', 'bin', JAVA));
      } finally {
        await second.stop();
      }
    },
    START_TIMEOUT,
  );
});
