// The legend on a PDF page, drawn with jsPDF's own vector shapes from the same description as
// the legend on screen (buildLegend), so the printed key matches the drawing.
import type { jsPDF } from 'jspdf';
import type { Party } from '../../../shared/domain';
import { buildLegend } from '../core/graph/buildLegend';
import type { EdgeLegendItem } from '../core/graph/buildLegend';
import 'svg2pdf.js';
import { GRAPH_THEME } from '../core/graph/theme';
import { toPdfText } from '../core/exchange/pdfText';

const ROW = 13;
const SWATCH = 30;
const FONT = 8.5;

export const LEGEND_TITLE = 'Legend';

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function arrow(doc: jsPDF, x: number, y: number, item: Pick<EdgeLegendItem, 'color' | 'dashed' | 'arrow'>, width: number): void {
  doc.setDrawColor(...rgb(item.color));
  doc.setFillColor(...rgb(item.color));
  doc.setLineWidth(width);
  doc.setLineDashPattern(item.dashed ? [3, 2] : [], 0);
  doc.line(x, y, x + SWATCH - 7, y);
  doc.setLineDashPattern([], 0);
  if (item.arrow === 'triangle') doc.triangle(x + SWATCH - 8, y - 3, x + SWATCH, y, x + SWATCH - 8, y + 3, 'F');
  else {
    doc.setLineWidth(1.2);
    doc.lines([[7, 3], [-7, 3]], x + SWATCH - 8, y - 3);
  }
}

const ICON = 9;

interface TypePlace {
  src: string;
  label: string;
  dx: number;
  row: number;
}

// Party types flow along lines under the rest of the legend, icon then name, as on screen.
function placeTypes(doc: jsPDF, items: ReturnType<typeof buildLegend>['types'], width: number): { places: TypePlace[]; rows: number } {
  doc.setFont('helvetica', 'normal').setFontSize(FONT);
  const places: TypePlace[] = [];
  let dx = SWATCH + 6;
  let row = 0;
  for (const item of items) {
    const label = toPdfText(item.types.join(', '));
    const itemWidth = ICON + 3 + doc.getTextWidth(label) + 12;
    if (dx + itemWidth > width && dx > SWATCH + 6) {
      row += 1;
      dx = SWATCH + 6;
    }
    places.push({ src: item.src, label, dx, row });
    dx += itemWidth;
  }
  return { places, rows: items.length === 0 ? 0 : row + 1 };
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

/** Measures the legend for a page of `width` points; drawing comes after the page is laid out. */
export function layoutLegend(doc: jsPDF, width: number, parties: readonly Pick<Party, 'type' | 'side'>[]): LegendLayout {
  const legend = buildLegend(GRAPH_THEME, { webgl: false }, parties);
  const types = placeTypes(doc, legend.types, width);
  return {
    height: ROW * (7 + types.rows) + 4,
    draw: (x, y) => drawLegend(doc, x, y, width, legend, types.places),
  };
}

async function drawLegend(doc: jsPDF, x: number, y: number, width: number, legend: ReturnType<typeof buildLegend>, types: TypePlace[]): Promise<void> {
  const text = (value: string, at: number, row: number, bold = false) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(FONT);
    doc.setTextColor(28, 37, 48);
    doc.text(toPdfText(value), at, row + 3, { maxWidth: width - (at - x) });
  };
  let row = y + 8;
  text(LEGEND_TITLE, x, row, true);
  row += ROW;
  for (const item of legend.parties) {
    doc.setDrawColor(...rgb(item.border));
    doc.setFillColor(...rgb(item.fill));
    doc.setLineWidth(1);
    if (item.shape === 'ellipse') doc.ellipse(x + SWATCH / 2, row, 5, 5, 'FD');
    else doc.roundedRect(x + SWATCH / 2 - 8, row - 5, 16, 10, 2, 2, 'FD');
    text(`${item.label} (${item.examples})`, x + SWATCH + 6, row);
    row += ROW;
  }
  for (const item of legend.edges) {
    arrow(doc, x, row, item, Math.min(3, item.widths[item.widths.length - 1] ?? 1.5));
    text(`${item.label}: ${item.meaning}${item.note ? `; ${item.note}` : ''}`, x + SWATCH + 6, row);
    row += ROW;
  }
  let at = x + SWATCH + 6;
  text('Trust level:', at, row);
  at += doc.getTextWidth('Trust level:') + 6;
  text('1 low', at, row);
  at += doc.getTextWidth('1 low') + 4;
  for (const step of legend.trustSteps) {
    doc.setFillColor(...rgb(step.color));
    doc.rect(at, row - 4, 12, 8, 'F');
    at += 14;
  }
  text('5 high', at + 2, row);
  row += ROW;
  if (types.length > 0) text('Type:', x, row);
  for (const place of types) {
    const icon = iconElement(place.src);
    const top = row + place.row * ROW;
    if (icon) await doc.svg(icon, { x: x + place.dx, y: top - ICON / 2 - 1, width: ICON, height: ICON });
    text(place.label, x + place.dx + ICON + 3, top);
  }
}
