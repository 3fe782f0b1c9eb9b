// Where diagram export finds the map on screen. GraphCanvas owns the Cytoscape instance and
// registers it here while it lives; the export dialog reads it. One slot is enough: the app
// shows one map at a time.
// A very large map keeps only the parties in view in Cytoscape (core/graph/detailSet.ts); it
// registers the whole map's shown elements as well, and the export draws those.
import type { Core, ElementDefinition } from 'cytoscape';

export type WholeMap = () => ElementDefinition[] | null;

let current: { cy: Core; wholeMap: WholeMap } | null = null;

/** Called by GraphCanvas when it creates its instance; the returned function unregisters it. */
export function registerDiagramSource(cy: Core, wholeMap: WholeMap = () => null): () => void {
  const entry = { cy, wholeMap };
  current = entry;
  return () => {
    if (current === entry) current = null;
  };
}

export function currentDiagramSource(): Core | null {
  return current && !current.cy.destroyed() ? current.cy : null;
}

/** The whole map's shown elements when Cytoscape holds only part of it, else null. */
export function currentWholeMap(): ElementDefinition[] | null {
  return current && !current.cy.destroyed() ? current.wholeMap() : null;
}
