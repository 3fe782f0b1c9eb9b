#!/usr/bin/env node
// Resolves the Neo4j Community jars from Maven Central into resources/neo4j/lib, once.
// Runs from npm's postinstall so a fresh clone needs no manual step; rerunning is cheap
// because a stamp file records which pom produced the jars.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const libDir = join(here, 'lib');
const stampFile = join(libDir, '.stamp');
const pomHash = createHash('sha256').update(readFileSync(join(here, 'pom.xml'))).digest('hex');

function fail(message) {
  console.error(`\n[careweave] ${message}\n`);
  process.exit(1);
}

// Compiles Launcher.java into launcher.jar when a JDK is present: starts are ~1.5 s faster, a
// plain Java runtime (no compiler) can run it, and only a class path of jars can carry a
// class-data-sharing archive. Without javac the app falls back to Java's single-file source launch.
// Skipped when the jar is newer than the source, so the archive made from it stays valid.
function buildLauncherJar() {
  const source = join(here, 'Launcher.java');
  const jar = join(here, 'launcher.jar');
  if (existsSync(jar) && statSync(jar).mtimeMs >= statSync(source).mtimeMs) return;
  const classes = join(here, 'target', 'launcher-classes');
  rmSync(classes, { recursive: true, force: true });
  const tool = (name) => (process.platform === 'win32' ? `${name}.exe` : name);
  const compiled = spawnSync(tool('javac'), ['-nowarn', '-cp', join(libDir, '*'), '-d', classes, source], { encoding: 'utf8' });
  if (compiled.error || compiled.status !== 0) {
    console.warn('[careweave] javac not available; the local database will start from Launcher.java (slightly slower).');
    return;
  }
  const packed = spawnSync(tool('jar'), ['--create', '--file', jar, '-C', classes, '.'], { encoding: 'utf8' });
  if (packed.error || packed.status !== 0) {
    console.warn(`[careweave] could not pack launcher.jar (${packed.stderr || packed.error}); the local database will start from Launcher.java.`);
    rmSync(jar, { force: true });
  }
}

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === pomHash) {
  console.log('[careweave] Neo4j jars already resolved.');
  buildLauncherJar();
  process.exit(0);
}

const probe = spawnSync(process.platform === 'win32' ? 'mvn.cmd' : 'mvn', ['-v'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  fail(
    'Maven (mvn) was not found. Careweave resolves its local Neo4j database from Maven Central.\n' +
      'Install Maven 3.8+ and Java 17+ (for example: apt-get install maven openjdk-17-jdk-headless),\n' +
      'then run: npm run setup:neo4j',
  );
}

console.log('[careweave] Resolving Neo4j Community from Maven Central (first run only)...');
const result = spawnSync(
  process.platform === 'win32' ? 'mvn.cmd' : 'mvn',
  ['-B', '-q', '-f', join(here, 'pom.xml'), 'package'],
  { stdio: 'inherit' },
);
if (result.status !== 0) {
  fail('Maven could not resolve the Neo4j jars (see the output above). Check the network and run: npm run setup:neo4j');
}
const jars = readdirSync(libDir).filter((name) => name.endsWith('.jar'));
if (!jars.some((name) => /^neo4j-\d/.test(name))) {
  fail('Maven finished but no Neo4j jar landed in resources/neo4j/lib.');
}
writeFileSync(stampFile, pomHash + '\n');
buildLauncherJar();
console.log(`[careweave] Neo4j ready: ${jars.length} jars in resources/neo4j/lib.`);
