// The `svg` method cytoscape-svg adds to Cytoscape's core, and the renderer accessor the export
// uses to load node images before drawing. This file is a module (it imports), so the
// declaration augments 'cytoscape' instead of replacing it.
import type {} from 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** The drawing as an SVG document: the current view, or the whole map with `full`. */
    svg(options?: { full?: boolean; scale?: number; bg?: string; maxWidth?: number; maxHeight?: number }): string;
    /** Cytoscape's renderer; public but untyped upstream. */
    renderer(): unknown;
  }
}
