// The legend on a PDF page: the printed legend's drawing steps (legendDrawing.ts) painted with
// jsPDF's vector shapes, icons through svg2pdf, text in the embedded font.
import type { jsPDF } from 'jspdf';
import type { Party } from '../../../shared/domain';
import { buildLegend } from '../core/graph/buildLegend';
import { legendDrawing, TEXT_INK } from '../core/graph/legendDrawing';
import type { DrawStep } from '../core/graph/legendDrawing';
import { GRAPH_THEME } from '../core/graph/theme';
import type { Thresholds } from '../core/simulation/simulationView';
import 'svg2pdf.js';
import { PDF_FONT, printable } from './pdfFont';

const FONT = 8.5;

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function iconElement(src: string): Element | null {
  const comma = src.indexOf(',');
  if (comma < 0) return null;
  const svg = new DOMParser().parseFromString(decodeURIComponent(src.slice(comma + 1)), 'image/svg+xml');
  return svg.documentElement.nodeName === 'svg' ? svg.documentElement : null;
}

export interface LegendLayout {
  height: number;
  draw(x: number, y: number): Promise<void>;
}

async function paint(doc: jsPDF, step: DrawStep, x: number, y: number, width: number): Promise<void> {
  switch (step.kind) {
    case 'text':
      doc.setFont(PDF_FONT, step.bold ? 'bold' : 'normal').setFontSize(FONT).setTextColor(...rgb(TEXT_INK));
      doc.text(printable(doc, step.text), x + step.x, y + step.y + 3, { maxWidth: width - step.x });
      return;
    case 'rect':
      doc.setFillColor(...rgb(step.fill));
      if (step.stroke) doc.setDrawColor(...rgb(step.stroke)).setLineWidth(1);
      doc.roundedRect(x + step.x, y + step.y, step.w, step.h, step.radius, step.radius, step.stroke ? 'FD' : 'F');
      return;
    case 'ellipse':
      doc.setFillColor(...rgb(step.fill)).setDrawColor(...rgb(step.stroke)).setLineWidth(1);
      doc.ellipse(x + step.cx, y + step.cy, step.r, step.r, 'FD');
      return;
    case 'line':
      doc.setDrawColor(...rgb(step.colour)).setLineWidth(step.width).setLineDashPattern([...step.dash], 0);
      doc.line(x + step.from[0], y + step.from[1], x + step.to[0], y + step.to[1]);
      doc.setLineDashPattern([], 0);
      return;
    case 'shape': {
      const [first, ...rest] = step.points;
      if (!first) return;
      doc.setDrawColor(...rgb(step.colour)).setFillColor(...rgb(step.colour)).setLineWidth(step.width);
      const moves = rest.map((point, index) => [point[0] - (index === 0 ? first : rest[index - 1]!)[0], point[1] - (index === 0 ? first : rest[index - 1]!)[1]]);
      doc.lines(moves, x + first[0], y + first[1], [1, 1], step.filled ? 'F' : 'S', step.filled);
      return;
    }
    case 'icon': {
      const icon = iconElement(step.src);
      if (icon) await doc.svg(icon, { x: x + step.x, y: y + step.y, width: step.size, height: step.size });
    }
  }
}

/** Measures the legend for a page of `width` points; drawing comes after the page is laid out. */
export function layoutLegend(doc: jsPDF, width: number, parties: readonly Pick<Party, 'type' | 'side'>[], impact: Thresholds | null = null): LegendLayout {
  const measure = (text: string, bold: boolean) => {
    doc.setFont(PDF_FONT, bold ? 'bold' : 'normal').setFontSize(FONT);
    return doc.getTextWidth(printable(doc, text));
  };
  const drawing = legendDrawing(buildLegend(GRAPH_THEME, { webgl: false }, parties), { width, fontSize: FONT, measure, impact });
  return {
    height: drawing.height + 4,
    async draw(x, y) {
      for (const step of drawing.steps) await paint(doc, step, x, y, width);
    },
  };
}
