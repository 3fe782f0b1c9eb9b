// A Cytoscape instance for the map on screen: its stylesheet at full labels (LabelsController
// changes that with the zoom), and the renderer settings the map's size asks for.
import cytoscape from 'cytoscape';
import type { Core, CytoscapeOptions } from 'cytoscape';
import { mapStylesheet } from '../core/stylesheet/mapStylesheet';
import { GRAPH_THEME } from '../core/graph/theme';
import { installStyleCacheDirtying } from './styleCacheDirtying';

export function createMap(container: HTMLElement, { webgl, large }: { webgl: boolean; large: boolean }): Core {
  installStyleCacheDirtying();
  const options = {
    container,
    style: mapStylesheet(GRAPH_THEME, { webgl, large, labels: 'full' }),
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: true,
    // A click selects one element; Shift/Ctrl-click toggles, Shift-drag selects a box.
    selectionType: 'single',
    // Only the canvas renderer reads these; WebGL ignores what it does not know.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    // The canvas renderer can pan and zoom a snapshot instead of redrawing every element.
    textureOnViewport: !webgl && large,
  };
  // The typings know neither the WebGL renderer option nor this version's selectionType values.
  return cytoscape(options as CytoscapeOptions);
}
