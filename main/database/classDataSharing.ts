// Class-data sharing for the local database's JVM. Loading and verifying Neo4j's ~20,000 classes
// is most of its start-up; a dynamic CDS archive (Java 13+) maps them ready-made instead.
//
// `npm run setup:runtime` records one archive beside the jars (resources/neo4j/cds). Java 17
// trusts an archive only when the runtime and every jar on the class path are the ones it was
// made with (same relative path, size and modification second), and otherwise silently starts
// without it. An installer that rewrites modification times would cost every start that speed,
// so the app checks the same facts first and, when the shipped archive does not fit, records
// its own in the data folder during that run (written when the JVM exits) and uses it from
// then on.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReleaseVersion } from './javaRuntime';

export const CDS_DIR_NAME = 'cds';
const ARCHIVE_NAME = 'launcher.jsa';
const MANIFEST_NAME = 'launcher.json';

export interface CdsManifest {
  formatVersion: 1;
  /** Which JVM made it: an archive only fits the runtime (and its base archive) that made it. */
  java: string;
  classpath: string[];
  /** [size in bytes, modification time in whole seconds] per class path entry, as the JVM checks them. */
  stamps: [number, number][];
}

export type CdsMode = 'auto' | 'off' | { recordTo: string };

export interface CdsPlan {
  flags: string[];
  how: 'shipped' | 'own' | 'recording' | 'off';
  /** Runs once the JVM has exited: a recording is kept only if the JVM wrote its archive. */
  afterExit(exitCode: number | null): Promise<void>;
}

const nothingAfter = async (): Promise<void> => undefined;

/** Identifies a runtime by its `release` file, which every JDK and jlink image carries. */
export function javaIdentity(home: string | undefined): string | undefined {
  if (!home) return undefined;
  const version = readReleaseVersion(home);
  return version ? `${version}${existsSync(join(home, 'lib', 'server', 'classes.jsa')) ? '' : ' (no base archive)'}` : undefined;
}

export function stampsOf(resourcesDir: string, classpath: readonly string[]): [number, number][] {
  return classpath.map((entry) => {
    const stat = statSync(join(resourcesDir, entry));
    return [stat.size, Math.floor(stat.mtimeMs / 1000)];
  });
}

function fits(manifest: CdsManifest, java: string, classpath: readonly string[], stamps: [number, number][]): boolean {
  return (
    manifest.formatVersion === 1 &&
    manifest.java === java &&
    manifest.classpath.length === classpath.length &&
    manifest.classpath.every((entry, index) => entry === classpath[index]) &&
    manifest.stamps.every(([size, seconds], index) => stamps[index]?.[0] === size && stamps[index]?.[1] === seconds)
  );
}

function readManifest(dir: string): CdsManifest | undefined {
  try {
    if (!existsSync(join(dir, ARCHIVE_NAME))) return undefined;
    return JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8')) as CdsManifest;
  } catch {
    return undefined;
  }
}

function archiveIn(dir: string, java: string, classpath: readonly string[], stamps: [number, number][]): string | undefined {
  const manifest = readManifest(dir);
  return manifest && fits(manifest, java, classpath, stamps) ? join(dir, ARCHIVE_NAME) : undefined;
}

/** Whether the archive beside the jars fits this runtime and these jars (setup uses it to skip work). */
export function archiveFits(resourcesDir: string, classpath: readonly string[], javaHome: string | undefined): boolean {
  const java = javaIdentity(javaHome);
  return java !== undefined && archiveIn(join(resourcesDir, CDS_DIR_NAME), java, classpath, stampsOf(resourcesDir, classpath)) !== undefined;
}

export interface CdsInput {
  mode: CdsMode;
  resourcesDir: string;
  classpath: readonly string[];
  jarsOnly: boolean;
  javaHome: string | undefined;
  /** The data folder's own archive, used when the shipped one does not fit. */
  ownDir: string;
}

export async function planClassDataSharing(input: CdsInput): Promise<CdsPlan> {
  const java = javaIdentity(input.javaHome);
  // Without a base archive the JVM cannot record or use a dynamic one.
  if (input.mode === 'off' || !input.jarsOnly || !java || java.endsWith('(no base archive)')) {
    return { flags: [], how: 'off', afterExit: nothingAfter };
  }
  const stamps = stampsOf(input.resourcesDir, input.classpath);
  const recordDir = typeof input.mode === 'object' ? input.mode.recordTo : undefined;
  if (!recordDir) {
    for (const [dir, how] of [[join(input.resourcesDir, CDS_DIR_NAME), 'shipped'], [input.ownDir, 'own']] as const) {
      const archive = archiveIn(dir, java, input.classpath, stamps);
      if (archive) return { flags: [`-XX:SharedArchiveFile=${archive}`], how, afterExit: nothingAfter };
    }
  }
  const dir = recordDir ?? input.ownDir;
  // A shipped archive must stay readable by every user of an installed app; the data folder's own is private anyway.
  await mkdir(dir, { recursive: true, mode: recordDir ? 0o755 : 0o700 });
  await rm(join(dir, ARCHIVE_NAME), { force: true });
  await rm(join(dir, MANIFEST_NAME), { force: true });
  const manifest: CdsManifest = { formatVersion: 1, java, classpath: [...input.classpath], stamps };
  return {
    // The dump reports every class it cannot keep (signed jars, generated classes) as a warning:
    // hundreds of lines that say nothing to a reader of the log.
    flags: [`-XX:ArchiveClassesAtExit=${join(dir, ARCHIVE_NAME)}`, '-Xlog:cds*=error:stderr'],
    how: 'recording',
    async afterExit(exitCode) {
      if (exitCode === 0 && existsSync(join(dir, ARCHIVE_NAME))) {
        await writeFile(join(dir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
      } else {
        await rm(join(dir, ARCHIVE_NAME), { force: true });
      }
    },
  };
}
