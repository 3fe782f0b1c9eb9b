// What the local database runs: the Java runtime it needs and resources/neo4j (Launcher.java and
// the Neo4j jars that `npm run setup:neo4j` resolves), and the JVM's command line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINIMUM_JAVA_MAJOR, probeJava } from './javaRuntime';
import { LocalDatabaseError } from './localDatabaseError';

/**
 * Measured on Java 17 with Neo4j 5.26: without java.nio the page cache falls back to a slower
 * buffer mode; without sun.nio.ch and java.io Neo4j cannot reach file descriptors for its
 * native preallocation and cache hints ("Incorrect file descriptor" warnings).
 */
const NEO4J_ADD_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

export async function requireJava(javaBin: string): Promise<void> {
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

export const LAUNCHER_CLASS = 'Launcher';

export interface LauncherFiles {
  libDir: string;
  classpath: string;
  /** The compiled class name, or the source file for Java's single-file source launch. */
  main: string;
}

export function requireLauncher(resourcesDir: string): LauncherFiles {
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


/** The JVM's arguments: a small heap and serial GC for a desktop-sized graph, then the launcher's own. */
export function launcherArguments(launcher: LauncherFiles, settings: { heap: string; pageCache: string; port: number; dataDir: string; passwordFile: string }): string[] {
  return [
    '-Xms128m',
    `-Xmx${settings.heap}`,
    // Serial GC: ~100 MB less resident memory than G1 for a desktop-sized graph, same start time.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    ...NEO4J_ADD_OPENS,
    '-cp',
    launcher.classpath,
    launcher.main,
    '--port',
    String(settings.port),
    '--data-dir',
    settings.dataDir,
    '--password-file',
    settings.passwordFile,
    '--page-cache',
    settings.pageCache,
  ];
}
