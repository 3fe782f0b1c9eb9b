// SVG export with cytoscape-svg (GPL-3.0, recorded in the README): Cytoscape's own drawing
// replayed into an SVG document, so shapes, lines and arrowheads are true vectors and labels
// are <text> a person can select, search or edit.
import cytoscape from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import type { Scene } from './diagramScene';
import type { SvgOptions } from '../core/exchange/exportTypes';
import { createExportInstance, drawingSize, exportLabels } from './diagramScene';
import { timed } from './exportTiming';
import { speedUpSvgRecording } from './svgImages';

cytoscape.use(svgExtension);
speedUpSvgRecording();

export interface SvgResult {
  text: string;
  width: number;
  height: number;
}

export async function exportSvg(scene: Scene, options: SvgOptions, title?: string): Promise<SvgResult> {
  const instance = await timed('instance', () => createExportInstance(scene, options.area, exportLabels(scene, options.area, null)));
  try {
    const { cy } = instance;
    const raw = await timed('svg', () => cy.svg({ full: options.area === 'full', scale: 1, ...(options.background === 'white' ? { bg: '#ffffff' } : {}) }));
    // The size the drawing was made at, as written in it: measuring the map again would walk
    // every element a second time (half a second on a 5,000-party map).
    const size = svgSize(raw) ?? drawingSize(cy, options.area, scene);
    return { text: withTitle(withViewBox(raw), title), width: Math.ceil(size.width), height: Math.ceil(size.height) };
  } finally {
    instance.dispose();
  }
}

function svgSize(svg: string): { width: number; height: number } | null {
  const attributes = /<svg\b([^>]*)>/.exec(svg)?.[1] ?? '';
  const width = /\bwidth="([\d.]+)"/.exec(attributes)?.[1];
  const height = /\bheight="([\d.]+)"/.exec(attributes)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : null;
}

// cytoscape-svg writes a fixed width and height only; a viewBox lets the drawing scale when it
// is placed in a page, a slide or the PDF.
function withViewBox(svg: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (tag: string, attributes: string) => {
    if (/\bviewBox=/.test(attributes)) return tag;
    const size = svgSize(tag);
    return size ? `<svg${attributes} viewBox="0 0 ${size.width} ${size.height}">` : tag;
  });
}

// A <title> names the drawing for screen readers and file browsers that preview SVG.
function withTitle(svg: string, title: string | undefined): string {
  if (!title) return svg;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/<svg\b([^>]*)>/, `<svg$1><title>${escaped}</title>`);
}
