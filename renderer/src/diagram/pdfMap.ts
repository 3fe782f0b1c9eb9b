// The map on a PDF page: the SVG export (every label in full) drawn as vectors by svg2pdf.js,
// centred in a box, its labels set in the embedded font.
import type { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import type { Scene } from './diagramScene';
import { exportSvg } from './exportSvg';
import { PDF_FONT, printable } from './pdfFont';

export type Box = { x: number; y: number; width: number; height: number };

// Names at the edge of the map reach past the drawing's box; this much room around it keeps them whole.
const LABEL_MARGIN = 70;

// svg2pdf sets text in the fonts jsPDF knows: the map's system-ui stack becomes the embedded font,
// and characters it has no glyph for a visible "?". The view box grows by a margin, so names at
// the edge are not cut.
function prepareSvg(doc: jsPDF, svgText: string): { root: Element; width: number; height: number } {
  const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = document.documentElement;
  const [x = 0, y = 0, w = 1, h = 1] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = w + 2 * LABEL_MARGIN;
  const height = h + 2 * LABEL_MARGIN;
  root.setAttribute('viewBox', `${x - LABEL_MARGIN} ${y - LABEL_MARGIN} ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.querySelectorAll('[font-family]').forEach((element) => element.setAttribute('font-family', PDF_FONT));
  root.querySelectorAll('[style*="font"]').forEach((element) => {
    element.setAttribute('style', (element.getAttribute('style') ?? '').replace(/font-family:[^;]+/g, `font-family:${PDF_FONT}`));
  });
  root.querySelectorAll('text, tspan').forEach((element) => {
    for (const node of element.childNodes) if (node.nodeType === 3) node.textContent = printable(doc, node.textContent ?? '');
  });
  return { root, width, height };
}

/** Draws the whole map into the box (framed), as large as fits; returns where it landed. */
export async function drawMap(doc: jsPDF, scene: Scene, box: Box): Promise<Box> {
  const svg = await exportSvg(scene, { area: 'full', background: 'transparent' });
  doc.setFont(PDF_FONT, 'normal');
  const prepared = prepareSvg(doc, svg.text);
  const scale = Math.min(box.width / Math.max(prepared.width, 1), box.height / Math.max(prepared.height, 1));
  const drawn = { width: prepared.width * scale, height: prepared.height * scale };
  const at = { x: box.x + (box.width - drawn.width) / 2, y: box.y + (box.height - drawn.height) / 2 };
  doc.setDrawColor(220, 224, 228).setLineWidth(0.5);
  doc.rect(box.x, box.y, box.width, box.height);
  await doc.svg(prepared.root, { ...at, ...drawn });
  return { ...at, ...drawn };
}
