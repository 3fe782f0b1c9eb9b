// Finds the build machine's JDK (for jdeps and jlink) and runs its tools.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

const exe = (name: string): string => (process.platform === 'win32' ? `${name}.exe` : name);

/** The JDK home: JAVA_HOME if it has jlink, else the one `jlink` on the PATH belongs to. */
export function findJdkHome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.JAVA_HOME?.trim(), ...(env.PATH ?? '').split(delimiter).map((dir) => dirname(dir))];
  for (const home of candidates) {
    if (!home || !existsSync(join(home, 'bin', exe('jlink')))) continue;
    try {
      // /usr/bin/jlink is often a link into the real JDK, whose jmods jlink needs.
      return dirname(dirname(realpathSync(join(home, 'bin', exe('jlink')))));
    } catch {
      continue;
    }
  }
  return undefined;
}

export function runTool(jdkHome: string, tool: string, args: string[], cwd?: string): string {
  const result = spawnSync(join(jdkHome, 'bin', exe(tool)), args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(cwd ? { cwd } : {}),
  });
  if (result.error || result.status !== 0) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`${tool} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
  return result.stdout;
}
