// `npx tsx scripts/makeIcons.ts`: writes the app icon in every form the installers need into
// resources/build (electron-builder's build resources): icon.png (1024 px), icon.icns (macOS),
// icon.ico (Windows) and icons/NxN.png (the Linux set). The files are committed; rerun this
// only when the drawing changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { drawIcon } from './icons/drawIcon';
import { icnsFile, icoFile } from './icons/iconFiles';

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const LINUX_SIZES = [16, 24, 32, 48, 64, 96, 128, 256, 512];

const out = resolve(import.meta.dirname, '..', 'resources', 'build');
const cache = new Map<number, Buffer>();
const png = (size: number): Buffer => {
  let image = cache.get(size);
  if (!image) {
    image = drawIcon(size);
    cache.set(size, image);
  }
  return image;
};

mkdirSync(join(out, 'icons'), { recursive: true });
writeFileSync(join(out, 'icon.png'), png(1024));
writeFileSync(join(out, 'icon.icns'), icnsFile(png));
writeFileSync(join(out, 'icon.ico'), icoFile(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
for (const size of LINUX_SIZES) writeFileSync(join(out, 'icons', `${size}x${size}.png`), png(size));
console.log(`[careweave] icons written to ${out}`);
