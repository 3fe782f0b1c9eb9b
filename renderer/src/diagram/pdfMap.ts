// The map on a PDF page: the SVG export (every label in full) drawn as vectors by svg2pdf.js,
// centred in a framed box. Used by the diagram PDF and by a presentation's pages.
import type { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import type { Scene } from './diagramScene';
import { exportSvg } from './exportSvg';
import { toPdfText } from '../core/exchange/pdfText';

export type Box = { x: number; y: number; width: number; height: number };

// svg2pdf knows only the PDF base fonts: the map's system-ui font stack is mapped to Helvetica,
// and label text is limited to the characters that font can print (pdfText.ts).
function prepareSvg(svgText: string): Element {
  const document = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = document.documentElement;
  root.querySelectorAll('[font-family]').forEach((element) => element.setAttribute('font-family', 'helvetica'));
  root.querySelectorAll('[style*="font"]').forEach((element) => {
    element.setAttribute('style', (element.getAttribute('style') ?? '').replace(/font-family:[^;]+/g, 'font-family:helvetica'));
  });
  root.querySelectorAll('text, tspan').forEach((element) => {
    for (const node of element.childNodes) if (node.nodeType === 3) node.textContent = toPdfText(node.textContent ?? '');
  });
  return root;
}

/** Draws the whole map into the box (framed), as large as fits; returns where it landed. */
export async function drawMap(doc: jsPDF, scene: Scene, box: Box): Promise<Box> {
  const svg = await exportSvg(scene, { area: 'full', background: 'transparent' });
  const scale = Math.min(box.width / Math.max(svg.width, 1), box.height / Math.max(svg.height, 1));
  const drawn = { width: svg.width * scale, height: svg.height * scale };
  const at = { x: box.x + (box.width - drawn.width) / 2, y: box.y + (box.height - drawn.height) / 2 };
  doc.setDrawColor(220, 224, 228).setLineWidth(0.5);
  doc.rect(box.x, box.y, box.width, box.height);
  await doc.svg(prepareSvg(svg.text), { ...at, ...drawn });
  return { ...at, ...drawn };
}
