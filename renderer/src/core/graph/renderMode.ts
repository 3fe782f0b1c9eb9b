// How the map is drawn: the canvas renderer, or Cytoscape's WebGL renderer for large maps. WebGL
// draws many times faster but cannot dash lines or draw "vee" arrowheads, so the stylesheet and
// the legend both take the mode and use the same fallbacks.
import type { LabelMode } from './labelMode';

export type RenderMode = { webgl: boolean; labels: LabelMode; large?: boolean };

// From this size on, edges are drawn straight instead of as bundled curves: Cytoscape's search
// for parallel edges and their control points was the largest single cost of drawing 25k
// elements (profiled in headless Chromium).
export const LARGE_MAP_ELEMENTS = 5_000;

export function isLargeMap(elementCount: number): boolean {
  return elementCount >= LARGE_MAP_ELEMENTS;
}

// Measured in headless Chromium (bench/map.bench.ts): below this the canvas renderer is smooth
// and draws the exact styles; above it WebGL keeps panning fluid.
export const WEBGL_MIN_ELEMENTS = 6_000;

export function chooseWebgl(elementCount: number, webglAvailable: boolean): boolean {
  return webglAvailable && elementCount >= WEBGL_MIN_ELEMENTS;
}

export const DEFAULT_RENDER_MODE: RenderMode = { webgl: false, labels: 'full' };
