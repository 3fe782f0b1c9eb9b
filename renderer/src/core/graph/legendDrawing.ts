// The printed legend (PDF page, framed PNG) as a list of simple drawing steps — text, boxes,
// lines, arrowheads, icons — laid out once from the legend's description (buildLegend) and the
// simulation's impact key, then painted by jsPDF (diagram/pdfLegend.ts) or a canvas
// (diagram/canvasLegend.ts). Pure: the text measure is passed in. Units are the painter's
// (points on a PDF page, pixels on a picture).
import { impactColour, WITHDRAWN_BORDER, WITHDRAWN_FILL } from '../simulation/impactScale';
import type { EdgeLegendItem, Legend } from './buildLegend';

export type Point = readonly [number, number];
export type DrawStep =
  | { kind: 'text'; text: string; x: number; y: number; bold: boolean }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke: string | null; radius: number }
  | { kind: 'ellipse'; cx: number; cy: number; r: number; fill: string; stroke: string }
  | { kind: 'line'; from: Point; to: Point; colour: string; width: number; dash: readonly number[] }
  | { kind: 'shape'; points: readonly Point[]; colour: string; filled: boolean; width: number }
  | { kind: 'icon'; src: string; x: number; y: number; size: number };

export type LegendDrawing = { height: number; steps: DrawStep[] };

export type LegendOptions = {
  width: number;
  /** Font size the text is measured and drawn at. */
  fontSize: number;
  measure: (text: string, bold: boolean) => number;
  /** The simulation's key: the affected threshold, or null when no simulation is shown. */
  impact: { affectedThreshold: number } | null;
};

export const LEGEND_TITLE = 'Legend';
export const TEXT_INK = '#1C2530';

function arrow(steps: DrawStep[], x: number, y: number, swatch: number, item: Pick<EdgeLegendItem, 'color' | 'dashed' | 'arrow'>, width: number): void {
  steps.push({ kind: 'line', from: [x, y], to: [x + swatch - 7, y], colour: item.color, width, dash: item.dashed ? [3, 2] : [] });
  const tip: Point = [x + swatch, y];
  const head: Point[] = [[x + swatch - 8, y - 3], tip, [x + swatch - 8, y + 3]];
  steps.push({ kind: 'shape', points: head, colour: item.color, filled: item.arrow === 'triangle', width: 1.2 });
}

export function legendDrawing(legend: Legend, options: LegendOptions): LegendDrawing {
  const { width, fontSize, measure } = options;
  const row = fontSize * 1.55;
  const swatch = fontSize * 3.5;
  const textX = swatch + 6;
  const steps: DrawStep[] = [];
  const text = (value: string, x: number, y: number, bold = false) => steps.push({ kind: 'text', text: value, x, y, bold });
  let y = fontSize;
  text(LEGEND_TITLE, 0, y, true);
  y += row;
  for (const item of legend.parties) {
    if (item.shape === 'ellipse') steps.push({ kind: 'ellipse', cx: swatch / 2, cy: y, r: fontSize * 0.6, fill: item.fill, stroke: item.border });
    else steps.push({ kind: 'rect', x: swatch / 2 - fontSize, y: y - fontSize * 0.6, w: fontSize * 2, h: fontSize * 1.2, fill: item.fill, stroke: item.border, radius: 2 });
    text(`${item.label} (${item.examples})`, textX, y);
    y += row;
  }
  for (const item of legend.edges) {
    arrow(steps, 0, y, swatch, item, Math.min(3, item.widths[item.widths.length - 1] ?? 1.5));
    text(`${item.label}: ${item.meaning}${item.note ? `; ${item.note}` : ''}`, textX, y);
    y += row;
  }
  let x = textX;
  for (const [label, after] of [['Trust level:', 6], ['1 low', 4]] as const) {
    text(label, x, y);
    x += measure(label, false) + after;
  }
  for (const step of legend.trustSteps) {
    steps.push({ kind: 'rect', x, y: y - fontSize / 2, w: fontSize * 1.4, h: fontSize, fill: step.color, stroke: null, radius: 0 });
    x += fontSize * 1.65;
  }
  text('5 high', x + 2, y);
  y += row;
  if (options.impact) {
    text('Impact:', 0, y, true);
    x = Math.max(textX, measure('Impact:', true) + 6);
    text('low', x, y);
    x += measure('low', false) + 4;
    for (let step = 0; step <= 10; step++) steps.push({ kind: 'rect', x: x + step * fontSize * 0.8, y: y - fontSize / 2, w: fontSize * 0.8, h: fontSize, fill: impactColour(step / 10), stroke: null, radius: 0 });
    x += 11 * fontSize * 0.8 + 4;
    for (const [label, grey] of [['fully disrupted', true], ['withdrawn (name struck through)', false]] as const) {
      text(label, x, y);
      x += measure(label, false) + 14;
      if (grey) {
        steps.push({ kind: 'rect', x, y: y - fontSize / 2, w: fontSize * 1.6, h: fontSize, fill: WITHDRAWN_FILL, stroke: WITHDRAWN_BORDER, radius: 1.5 });
        x += fontSize * 1.6 + 4;
      }
    }
    text(`faded: not affected (below ${Math.round(options.impact.affectedThreshold * 100)}%)`, x, y);
    y += row;
  }
  // Party types flow along lines, icon then name, as on screen.
  if (legend.types.length > 0) text('Type:', 0, y);
  x = textX;
  for (const item of legend.types) {
    const label = item.types.join(', ');
    const itemWidth = fontSize + 3 + measure(label, false) + 12;
    if (x + itemWidth > width && x > textX) {
      y += row;
      x = textX;
    }
    steps.push({ kind: 'icon', src: item.src, x, y: y - fontSize / 2 - 1, size: fontSize * 1.1 });
    text(label, x + fontSize * 1.1 + 3, y);
    x += itemWidth;
  }
  if (legend.types.length > 0) y += row;
  return { height: y + 2, steps };
}
