// Where diagram export finds the map on screen. GraphCanvas owns the Cytoscape instance and
// registers it here while it lives; the export dialog reads it. One slot is enough: the app
// shows one map at a time.
import type { Core } from 'cytoscape';

let current: Core | null = null;

/** Called by GraphCanvas when it creates its instance; the returned function unregisters it. */
export function registerDiagramSource(cy: Core): () => void {
  current = cy;
  return () => {
    if (current === cy) current = null;
  };
}

export function currentDiagramSource(): Core | null {
  return current && !current.destroyed() ? current : null;
}
