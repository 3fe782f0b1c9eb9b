// Adds edgehandles' method to Cytoscape's core type. This file is a module (it imports), so the
// declaration below augments 'cytoscape' instead of replacing it.
import type { EdgeHandlesInstance, EdgeHandlesOptions } from 'cytoscape-edgehandles';

declare module 'cytoscape' {
  interface Core {
    edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
  }
}
