// PNG export with Cytoscape's own renderer: 1x–4x, white or transparent, the whole map or the
// current view, capped below the size at which browsers return blank pictures (imageSize.ts).
import type { Scene } from './diagramScene';
import type { PngOptions } from '../core/exchange/exportTypes';
import { createExportInstance, drawingSize, exportLabels, screenInstance } from './diagramScene';
import { imageSize, pngDimensions } from '../core/exchange/imageSize';
import type { ImageSize } from '../core/exchange/imageSize';
import { timed } from './exportTiming';

export interface PngResult {
  bytes: Uint8Array;
  size: ImageSize;
}

export async function exportPng(scene: Scene, options: PngOptions): Promise<PngResult> {
  const estimate = options.area === 'full' ? imageSize(scene.bounds.w, scene.bounds.h, options.scale) : imageSize(scene.width, scene.height, options.scale);
  const labels = exportLabels(scene, options.area, estimate.scale);
  const instance = screenInstance(scene, labels) ?? (await timed('instance', () => createExportInstance(scene, options.area, labels)));
  try {
    const { cy } = instance;
    const base = drawingSize(cy, options.area, scene);
    const planned = imageSize(base.width, base.height, options.scale);
    // maxWidth/maxHeight (not scale) make Cytoscape ignore the screen's pixel ratio, so the
    // picture has exactly the size the dialog announced.
    const blob = await timed('png', () => cy.png({
      output: 'blob-promise',
      full: options.area === 'full',
      maxWidth: planned.width,
      maxHeight: planned.height,
      ...(options.background === 'white' ? { bg: '#ffffff' } : {}),
    }));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const made = pngDimensions(bytes);
    return { bytes, size: made ? { ...planned, ...made } : planned };
  } finally {
    instance.dispose();
  }
}
