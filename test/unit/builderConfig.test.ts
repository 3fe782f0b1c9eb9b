// The installers cannot be built here (electron-builder needs the Electron binary, which cannot be
// downloaded on this machine), so their configuration is checked instead: it passes
// electron-builder's own validation, and every file it names exists once `npm install` has run
// setup:neo4j and setup:runtime (and `npm test` has built out/), icons included in every size the
// targets use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const SETUP_HINT = 'run `npm run setup:neo4j && npm run setup:runtime` (npm install runs both)';

interface Resource {
  from: string;
  to: string;
  filter?: string[];
}

async function loadConfig() {
  return getConfig(root, 'electron-builder.yml', null);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Whether a folder holds something a glob-like filter names ('lib/*.jar', 'runtime/**\/*'). */
function filterMatches(base: string, pattern: string): boolean {
  const [head, ...rest] = pattern.split('/');
  if (!head) return false;
  if (rest.length === 0) {
    const expression = new RegExp(`^${head.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return existsSync(base) && readdirSync(base).some((name) => expression.test(name) && statSync(join(base, name)).isFile());
  }
  if (head === '**') return existsSync(base) && readdirSync(base, { recursive: true }).length > 0;
  return filterMatches(join(base, head), rest.join('/'));
}

describe('the installer configuration (electron-builder.yml)', () => {
  it("passes electron-builder's own schema and checks", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('names only files that exist, the bundled Java runtime and its class-data archive included', async () => {
    const config = await loadConfig();
    for (const resource of (config.extraResources ?? []) as Resource[]) {
      const base = join(root, resource.from);
      expect(existsSync(base), `${resource.from} is missing: ${SETUP_HINT}`).toBe(true);
      for (const pattern of resource.filter ?? []) {
        expect(filterMatches(base, pattern), `nothing in ${resource.from} matches ${pattern}: ${SETUP_HINT}`).toBe(true);
      }
    }
    const neo4j = join(root, 'resources', 'neo4j');
    const java = process.platform === 'win32' ? 'java.exe' : 'java';
    for (const file of [`runtime/bin/${java}`, 'runtime/release', 'runtime/lib/server/classes.jsa', 'cds/launcher.jsa', 'cds/launcher.json', 'launcher.jar']) {
      expect(existsSync(join(neo4j, file)), `resources/neo4j/${file} is missing: ${SETUP_HINT}`).toBe(true);
    }
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit, config.mac?.icon, config.win?.icon, config.linux?.icon]) {
      expect(typeof file === 'string' && existsSync(join(root, file)), `${String(file)} is missing`).toBe(true);
    }
    expect(existsSync(join(root, 'out', 'main', 'index.js')), 'out/main/index.js is missing: run `npx electron-vite build`').toBe(true);
  });

  it('has the icons every target needs, at the sizes they need', async () => {
    const config = await loadConfig();
    const buildResources = join(root, config.directories?.buildResources ?? 'build');
    // Linux: one PNG per size, each as large as its name says.
    const linuxDir = join(root, String(config.linux?.icon));
    const sizes = readdirSync(linuxDir).map((name) => {
      const [width, height] = pngSize(readFileSync(join(linuxDir, name)));
      expect(name).toBe(`${width}x${height}.png`);
      return width;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
    // Windows: an .ico holding a 256 px image (NSIS refuses less); entries are PNGs.
    const ico = readFileSync(join(root, String(config.win?.icon)));
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index;
      const [width] = pngSize(ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)));
      expect(ico.readUInt8(entry) || 256).toBe(width);
      return width;
    });
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    // macOS: an .icns with 512 px and 1024 px images (electron-builder requires at least 512).
    const icns = readFileSync(join(root, String(config.mac?.icon)));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const icnsSizes: number[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) icnsSizes.push(pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0]);
    expect(icnsSizes).toEqual(expect.arrayContaining([16, 32, 128, 256, 512, 1024]));
    expect(pngSize(readFileSync(join(buildResources, 'icon.png')))).toEqual([1024, 1024]);
  });
});
