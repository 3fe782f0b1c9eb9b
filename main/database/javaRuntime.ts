// Which Java runs the local database, and whether it is new enough. The trimmed runtime that
// ships with the app (resources/neo4j/runtime, made by `npm run setup:runtime`) comes first: it
// is the one the class-data archive was made with and the one the tests start. JAVA_HOME and
// the PATH are fallbacks for a checkout where no runtime could be built.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MINIMUM_JAVA_MAJOR = 17;
export const RUNTIME_DIR_NAME = 'runtime';

const JAVA_EXE = process.platform === 'win32' ? 'java.exe' : 'java';

export type JavaProbe =
  | { ok: true; javaBin: string; major: number; versionLine: string }
  | { ok: false; javaBin: string; reason: 'missing' | 'unrecognised'; detail: string };

export interface JavaChoice {
  javaBin: string;
  /** The runtime's home folder when known (bundled or JAVA_HOME); its `release` file names the version. */
  home: string | undefined;
  bundled: boolean;
}

/** The bundled runtime beside the launcher, if the runtime step built one. */
export function bundledJavaHome(resourcesDir: string): string | undefined {
  const home = join(resourcesDir, RUNTIME_DIR_NAME);
  return existsSync(join(home, 'bin', JAVA_EXE)) ? home : undefined;
}

/** Bundled runtime, then JAVA_HOME (what a user's Java tooling expects), then `java` on the PATH. */
export function chooseJava(resourcesDir: string, env: NodeJS.ProcessEnv = process.env): JavaChoice {
  const bundled = bundledJavaHome(resourcesDir);
  if (bundled) return { javaBin: join(bundled, 'bin', JAVA_EXE), home: bundled, bundled: true };
  const home = env.JAVA_HOME?.trim();
  if (home && existsSync(join(home, 'bin', JAVA_EXE))) return { javaBin: join(home, 'bin', JAVA_EXE), home, bundled: false };
  return { javaBin: JAVA_EXE, home: undefined, bundled: false };
}

/** For a `java` given by path: its home, found from the binary, so its `release` file can be read. */
export function homeOfJavaBin(javaBin: string): string | undefined {
  try {
    const home = dirname(dirname(realpathSync(javaBin)));
    return existsSync(join(home, 'release')) ? home : undefined;
  } catch {
    return undefined;
  }
}

/** `JAVA_VERSION="17.0.15"` from a runtime's `release` file: what jlink and every JDK write. */
export function readReleaseVersion(home: string): string | undefined {
  try {
    return /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(join(home, 'release'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Major version from `java -version` output: `openjdk version "17.0.15"`, `java version "21"`,
 * or the pre-9 scheme `java version "1.8.0_381"` (major 8).
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Reads the version from the runtime's `release` file when its home is known (no JVM start, which
 * costs a few hundred milliseconds of every app start), else runs `java -version`. Never throws.
 */
export async function checkJava(choice: Pick<JavaChoice, 'javaBin' | 'home'>): Promise<JavaProbe> {
  const release = choice.home ? readReleaseVersion(choice.home) : undefined;
  if (release && existsSync(choice.javaBin)) {
    const major = parseJavaMajor(`version "${release}"`);
    if (major !== undefined) return { ok: true, javaBin: choice.javaBin, major, versionLine: `Java ${release} (${choice.home})` };
  }
  return probeJava(choice.javaBin);
}

/** Runs `java -version` (which prints to stderr) and reports what it found, never throws. */
export function probeJava(javaBin: string, timeoutMs = 15_000): Promise<JavaProbe> {
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const finish = (result: JavaProbe): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(javaBin, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, javaBin, reason: 'unrecognised', detail: `"${javaBin} -version" did not answer in time` });
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ ok: false, javaBin, reason: 'missing', detail: error.code ?? error.message });
    });
    child.on('close', () => {
      const major = parseJavaMajor(output);
      const versionLine = output.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
      if (major === undefined) {
        finish({ ok: false, javaBin, reason: 'unrecognised', detail: versionLine || 'no output' });
      } else {
        finish({ ok: true, javaBin, major, versionLine: versionLine.trim() });
      }
    });
  });
}
