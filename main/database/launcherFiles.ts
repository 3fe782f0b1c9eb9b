// Finds the local database's files: the launcher (a jar built by `npm run setup:neo4j`, or its
// source for Java's single-file launch) and the Neo4j jars, and lays out the class path.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalDatabaseError } from './localDatabaseError';

export const LAUNCHER_CLASS = 'Launcher';
export const LAUNCHER_JAR = 'launcher.jar';
const LIB_DIR = 'lib';

export interface LauncherFiles {
  /** The JVM runs with this folder as its working directory, so the class path below is relative. */
  resourcesDir: string;
  /** Jars relative to resourcesDir, in a fixed order, or a wildcard for source launch. */
  classpath: string[];
  /** The class to run, or the source file for Java's single-file source launch. */
  main: string;
  /** Only a class path of plain jar files can carry a class-data-sharing archive. */
  jarsOnly: boolean;
}

export function findLauncherFiles(resourcesDir: string): LauncherFiles {
  const source = join(resourcesDir, 'Launcher.java');
  const libDir = join(resourcesDir, LIB_DIR);
  const jars = existsSync(libDir) ? readdirSync(libDir).filter((name) => name.endsWith('.jar')) : [];
  if (!existsSync(source) || !jars.some((name) => /^neo4j-\d.*\.jar$/.test(name))) {
    throw new LocalDatabaseError(
      'jars_missing',
      `The local database files are missing from ${resourcesDir}. In a development checkout run ` +
        '`npm run setup:neo4j` (it needs Maven and Java 17+); in an installed app, reinstall Careweave.',
    );
  }
  // A compiled launcher starts ~1.5 s faster than source launch and runs on a runtime without
  // the compiler. The class path is relative and sorted: a class-data-sharing archive records
  // it, and a relative one still matches once the app is installed somewhere else.
  const jar = join(resourcesDir, LAUNCHER_JAR);
  if (existsSync(jar) && statSync(jar).mtimeMs >= statSync(source).mtimeMs) {
    const libJars = jars.sort().map((name) => `${LIB_DIR}/${name}`);
    return { resourcesDir, classpath: [LAUNCHER_JAR, ...libJars], main: LAUNCHER_CLASS, jarsOnly: true };
  }
  return { resourcesDir, classpath: [`${LIB_DIR}/*`], main: 'Launcher.java', jarsOnly: false };
}

/** Finds resources/neo4j from the module location (source or bundled) or the working directory. */
export function defaultResourcesDir(): string {
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
