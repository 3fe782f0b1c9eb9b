// The drawing of the open network, as its one owner (views/map/MapCanvas.tsx) hands it through a
// React context to the renderless controllers beside it and to the diagram export: the Cytoscape
// instance, what it holds, and the projection it is drawn from. Nothing else keeps the instance.
import type { Core, ElementDefinition } from 'cytoscape';
import { createContext } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import type { DetailIndex } from '../core/graph/detailSet';

export type MapDrawing = {
  cy: Core;
  /** Cytoscape's container; end-to-end tests and benchmarks read its data attributes. */
  container: HTMLDivElement;
  /** The network drawn, and its projection (toCytoscapeElements). */
  graph: NetworkGraph;
  elements: ElementDefinition[];
  /** On a very large map, the index of the detail tier: Cytoscape then holds only the parties in view. */
  detailIndex: DetailIndex | null;
  /** How the instance draws, fixed for its life: the WebGL renderer, and the large-map style. */
  webgl: boolean;
  large: boolean;
  /** What Cytoscape holds, by element id, and a count bumped whenever that set changes. */
  drawn: ReadonlyMap<string, ElementDefinition>;
  drawnVersion: number;
  /** Brings Cytoscape's elements in line with these, gliding moved parties into place when asked. */
  draw: (next: ElementDefinition[], animate: boolean) => void;
  /** What floats over the map (legend, the simulation's actions and key, hints), which a fitted drawing must not hide under. */
  overlays: () => HTMLElement[];
  /** The map's shown elements when Cytoscape holds only part of it, else null: what export draws. */
  wholeMap: () => ElementDefinition[] | null;
};

export const MapContext = createContext<MapDrawing | null>(null);
