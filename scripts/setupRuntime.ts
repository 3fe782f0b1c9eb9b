// `npm run setup:runtime` (run by `npm install` after setup:neo4j): the Java runtime the app
// ships, trimmed with jdeps and jlink, and the class-data archive that halves the local
// database's start. Each part is skipped when it is already up to date. Without a JDK's jlink
// the app still runs on the Java it finds (JAVA_HOME or the PATH), only without its own runtime.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archiveFits } from '../main/database/classDataSharing';
import { chooseJava } from '../main/database/javaRuntime';
import { findLauncherFiles, LAUNCHER_JAR } from '../main/database/launcherFiles';
import { findJdkHome } from './runtime/jdkTools';
import { buildRuntime } from './runtime/jlinkRuntime';
import { recordClassData } from './runtime/trainClassData';

const root = resolve(import.meta.dirname, '..');
const resourcesDir = join(root, 'resources', 'neo4j');
const say = (message: string): void => console.log(`[careweave] ${message}`);

async function main(): Promise<void> {
  const launcherJar = join(resourcesDir, LAUNCHER_JAR);
  if (!existsSync(launcherJar)) {
    say('No launcher.jar (setup:neo4j found no JDK): the app will use the Java it finds, without its own runtime.');
    return;
  }
  const jdkHome = findJdkHome();
  if (!jdkHome) {
    say('No JDK with jlink found (set JAVA_HOME to a JDK 17+): the app will use the Java it finds, without its own runtime.');
  } else {
    const started = Date.now();
    const runtime = buildRuntime(jdkHome, resourcesDir, launcherJar);
    say(
      runtime.rebuilt
        ? `Java runtime built in ${((Date.now() - started) / 1000).toFixed(0)} s (${runtime.modules.length} modules) in resources/neo4j/runtime.`
        : 'Java runtime already up to date.',
    );
  }
  const java = chooseJava(resourcesDir);
  const launcher = findLauncherFiles(resourcesDir);
  if (archiveFits(resourcesDir, launcher.classpath, java.home)) {
    say('Class-data archive already up to date.');
    return;
  }
  say('Recording the class-data archive (starts the local database once)...');
  const started = Date.now();
  await recordClassData(resourcesDir, root);
  if (!archiveFits(resourcesDir, launcher.classpath, java.home)) {
    throw new Error('the local database stopped without writing its class-data archive');
  }
  say(`Class-data archive recorded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(`\n[careweave] Could not prepare the bundled Java runtime: ${error instanceof Error ? error.message : String(error)}`);
  // During `npm install` this must not undo the whole install: the app still runs on the Java it
  // finds, and `npm test` names what is missing. Run on its own, it fails.
  if (process.env.npm_lifecycle_event === 'postinstall') {
    console.error('[careweave] Continuing without it; run `npm run setup:runtime` to try again.\n');
  } else {
    process.exit(1);
  }
});
