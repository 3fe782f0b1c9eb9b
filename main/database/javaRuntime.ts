import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const MINIMUM_JAVA_MAJOR = 17;

export type JavaProbe =
  | { ok: true; javaBin: string; major: number; versionLine: string }
  | { ok: false; javaBin: string; reason: 'missing' | 'unrecognised'; detail: string };

/** JAVA_HOME wins over PATH, matching what the Java tooling a user installed expects. */
export function defaultJavaBin(env: NodeJS.ProcessEnv = process.env): string {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const home = env.JAVA_HOME?.trim();
  if (home) {
    const candidate = join(home, 'bin', exe);
    if (existsSync(candidate)) return candidate;
  }
  return exe;
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
