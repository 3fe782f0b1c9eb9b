// Builds the Java runtime the app ships: jlink over the build machine's JDK with only the modules
// jdeps found, into resources/neo4j/runtime. It runs on the platform it was built on, so each
// platform's installer is built on that platform.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReleaseVersion, RUNTIME_DIR_NAME } from '../../main/database/javaRuntime';
import { modulesNeeded } from './javaModules';
import { runTool } from './jdkTools';

const STAMP_FILE = '.careweave-runtime';

export interface RuntimeResult {
  home: string;
  modules: string[];
  rebuilt: boolean;
}

export function buildRuntime(jdkHome: string, resourcesDir: string, launcherJar: string): RuntimeResult {
  const home = join(resourcesDir, RUNTIME_DIR_NAME);
  const modules = modulesNeeded(jdkHome, resourcesDir, launcherJar);
  const stamp = createHash('sha256')
    .update(JSON.stringify({ jdk: readReleaseVersion(jdkHome), jdkHome, modules }))
    .digest('hex');
  if (existsSync(join(home, STAMP_FILE)) && readFileSync(join(home, STAMP_FILE), 'utf8').trim() === stamp) {
    return { home, modules, rebuilt: false };
  }
  rmSync(home, { recursive: true, force: true });
  runTool(jdkHome, 'jlink', [
    '--add-modules',
    modules.join(','),
    '--strip-debug',
    '--no-header-files',
    '--no-man-pages',
    // Not compressed: installers compress better than jlink does (xz of the image: 29 MB plain,
    // 44 MB zip-compressed), and classes read from a plain image need no unpacking at start.
    // The base class-data archive is what the launcher's own archive builds on.
    '--generate-cds-archive',
    '--output',
    home,
  ]);
  // The archive for heaps over 32 GB: the database runs with 512 MB.
  rmSync(join(home, 'lib', 'server', 'classes_nocoops.jsa'), { force: true });
  writeFileSync(join(home, STAMP_FILE), `${stamp}\n`);
  return { home, modules, rebuilt: true };
}
