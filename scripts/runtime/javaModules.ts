// Which Java modules Neo4j and the launcher need, found with jdeps over every jar.
//
// jdeps treats a jar with a module descriptor as a named module and then insists on finding
// every module it requires, which fails for the libraries Neo4j ships as plain jars. So the
// classes of those modular jars are analysed as plain class folders instead (descriptor left
// out); their JDK needs are the same either way.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTool } from './jdkTools';
import { readZipEntries, readZipEntry } from './zipEntries';

const DESCRIPTOR = /^(META-INF\/versions\/\d+\/)?module-info\.class$/;

function extractClasses(jar: string, into: string): void {
  const zip = readFileSync(jar);
  for (const entry of readZipEntries(zip)) {
    // Versioned and descriptor entries are left out: the base classes carry the dependencies.
    if (!entry.name.endsWith('.class') || entry.name.startsWith('META-INF/') || DESCRIPTOR.test(entry.name)) continue;
    const target = join(into, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readZipEntry(zip, entry));
  }
}

export function modulesNeeded(jdkHome: string, resourcesDir: string, launcherJar: string): string[] {
  const libDir = join(resourcesDir, 'lib');
  const jars = readdirSync(libDir)
    .filter((name) => name.endsWith('.jar'))
    .sort()
    .map((name) => join(libDir, name));
  const scratch = mkdtempSync(join(tmpdir(), 'careweave-jdeps-'));
  try {
    const inputs = jars.map((jar) => {
      if (!readZipEntries(readFileSync(jar)).some((entry) => DESCRIPTOR.test(entry.name))) return jar;
      const folder = join(scratch, jar.slice(libDir.length + 1).replace(/\.jar$/, ''));
      extractClasses(jar, folder);
      return folder;
    });
    const output = runTool(jdkHome, 'jdeps', [
      '--ignore-missing-deps',
      '--print-module-deps',
      '--multi-release',
      '17',
      '-q',
      '--class-path',
      join(libDir, '*'),
      launcherJar,
      ...inputs,
    ]);
    const line = output.trim().split('\n').pop() ?? '';
    const modules = line.split(',').map((name) => name.trim()).filter((name) => /^[a-z][\w.]*$/.test(name));
    if (!modules.includes('java.base')) throw new Error(`jdeps printed no module list:\n${output.slice(-2000)}`);
    return modules.sort();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
