// What a diagram export draws: the map as it is on screen (same elements, positions, filters,
// focus and styles), redrawn in a hidden Cytoscape instance with the canvas renderer. Drawing
// apart from the visible map means an export never flickers the screen, works the same when
// the map itself uses the WebGL renderer (which cannot dash lines), and can show every label
// at full length for the whole map while the screen shows none from far out.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { mapStylesheet } from '../core/stylesheet/mapStylesheet';
import { elementBounds } from '../core/graph/elementBounds';
import { labelModeForZoom } from '../core/graph/labelMode';
import { isLargeMap } from '../core/graph/renderMode';
import type { LabelMode } from '../core/graph/labelMode';
import { GRAPH_THEME } from '../core/graph/theme';
import type { DiagramArea } from '../core/exchange/exportTypes';

export interface Scene {
  elements: ElementDefinition[];
  /** The visible map's camera and size, for "current view" exports. */
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  partyCount: number;
  /** The visible map's extent as the screen draws it: the picture's size before drawing. */
  bounds: { w: number; h: number };
  /** The map on screen itself, which a picture can sometimes be drawn from directly; null when it holds only part of the map. */
  source: Core | null;
}

// Helpers of the editor (edge drawing handles) are not part of the network.
const NOT_NETWORK = '.eh-ghost-node, .eh-ghost-edge, .eh-preview, .eh-ghost, .cw-hidden';

/**
 * What to draw: the map as Cytoscape holds it, or, for a very large map of which it holds only
 * the parties in view, the whole map's shown elements (`wholeMap`), measured from positions.
 */
export function captureScene(cy: Core, wholeMap: ElementDefinition[] | null = null): Scene {
  const container = cy.container();
  const camera = { zoom: cy.zoom(), pan: { ...cy.pan() }, width: container?.clientWidth || 1200, height: container?.clientHeight || 800 };
  if (wholeMap) {
    const bounds = elementBounds(wholeMap);
    return {
      ...camera,
      elements: wholeMap,
      partyCount: wholeMap.filter((element) => element.group === 'nodes').length,
      bounds: bounds ? { w: bounds.w, h: bounds.h } : { w: 1, h: 1 },
      source: null,
    };
  }
  const shown = cy.elements().not(NOT_NETWORK);
  const elements = shown.map((element) => {
    const json = element.json() as ElementDefinition;
    // Selection is how the person works, not part of the map.
    return { ...json, selected: false, grabbable: false };
  });
  return {
    ...camera,
    elements,
    partyCount: shown.nodes().length,
    bounds: (({ w, h }) => ({ w, h }))(shown.boundingBox()),
    source: cy,
  };
}

/**
 * The map on screen, when a picture drawn from it looks exactly as a hidden copy would: the
 * canvas renderer (not WebGL, whose styles have fallbacks), nothing selected, no editing aids,
 * and no labels on screen nor in the picture — the case of a large map shrunk to fit. A hidden
 * copy would restyle thousands of elements first (measured: about a third of the export of a
 * 5,000-party map); the screen has done that already.
 */
export function screenInstance(scene: Scene, labels: LabelMode): ExportInstance | null {
  const cy = scene.source;
  if (!cy || labels !== 'none' || cy.destroyed() || cy.container()?.dataset.renderer === 'webgl') return null;
  if (!cy.$(':selected').empty() || !cy.$('.eh-ghost-node, .eh-ghost-edge, .eh-preview, .eh-ghost').empty()) return null;
  const probe = cy.nodes().not('.cw-hidden').first();
  if (probe.empty() || String(probe.style('label') ?? '') !== '') return null;
  return { cy, dispose: () => undefined };
}

export interface ExportInstance {
  cy: Core;
  dispose(): void;
}

// Node icons are images Cytoscape loads on first draw and skips until they arrive; an export
// drawn before then would lack them, so every image is loaded before drawing.
async function loadImages(cy: Core): Promise<void> {
  const urls = new Set<string>();
  cy.nodes().forEach((node) => {
    const icon = node.data('icon') as unknown;
    if (typeof icon === 'string' && icon) urls.add(icon);
  });
  const renderer = cy.renderer() as unknown as { getCachedImage(url: string, crossOrigin: string, onLoad: () => void): HTMLImageElement };
  await Promise.all(
    [...urls].map((url) => {
      const image = renderer.getCachedImage(url, 'anonymous', () => undefined);
      return image.complete ? Promise.resolve() : image.decode().catch(() => undefined);
    }),
  );
}

/**
 * How labels are drawn: in full for vector exports (they can be zoomed into); for a picture, as
 * the map itself shows them at the picture's scale (labelMode.ts), so a large map shrunk to fit
 * is not covered in unreadable, overprinted text — which is also most of its drawing time.
 */
export function exportLabels(scene: Scene, area: DiagramArea, pictureScale: number | null): LabelMode {
  if (area === 'view') return labelModeForZoom(scene.zoom * (pictureScale ?? 1), scene.partyCount);
  return pictureScale === null ? 'full' : labelModeForZoom(pictureScale, scene.partyCount);
}

/**
 * A hidden canvas-renderer copy of the scene. For the whole map it sits at zoom 1 so labels are
 * drawn at their real size; for the current view it takes the visible map's camera.
 */
export async function createExportInstance(scene: Scene, area: DiagramArea, labels: LabelMode): Promise<ExportInstance> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${scene.width}px`,
    height: `${scene.height}px`,
    pointerEvents: 'none',
  });
  document.body.appendChild(container);
  const cy = cytoscape({
    container,
    elements: scene.elements,
    // Drawn as the map draws a network of that size: a large one with straight lines, and far out
    // without arrowheads or icons (a 5,000-party picture took half as long again without this).
    style: mapStylesheet(GRAPH_THEME, { webgl: false, labels, large: isLargeMap(scene.elements.length) }),
    layout: { name: 'preset', fit: false },
    // One export pixel per CSS pixel whatever the screen: sizes are what the dialog said.
    pixelRatio: 1,
    textureOnViewport: false,
    motionBlur: false,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    minZoom: 1e-3,
    maxZoom: 1e3,
  });
  if (area === 'view') cy.viewport({ zoom: scene.zoom, pan: scene.pan });
  else cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  await loadImages(cy);
  return {
    cy,
    dispose() {
      cy.destroy();
      container.remove();
    },
  };
}

/** The drawing's size at 1x: the whole map's bounding box, or the visible map's canvas. */
export function drawingSize(cy: Core, area: DiagramArea, scene: Scene): { width: number; height: number } {
  if (area === 'view') return { width: scene.width, height: scene.height };
  const box = cy.elements().boundingBox();
  return { width: box.w, height: box.h };
}

/** The picture's size, from the map on screen, for the dialog to say before anything is drawn. */
export function estimatePictureSize(cy: Core, wholeMap: ElementDefinition[] | null, area: DiagramArea): { width: number; height: number } {
  if (area === 'view') {
    const container = cy.container();
    return { width: container?.clientWidth ?? 0, height: container?.clientHeight ?? 0 };
  }
  const box = wholeMap ? (elementBounds(wholeMap) ?? { w: 0, h: 0 }) : cy.elements(':visible').boundingBox();
  return { width: box.w, height: box.h };
}
