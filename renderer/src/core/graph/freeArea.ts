// The part of the map's view that nothing floats over, in map units: where a new party is put
// when the person did not pick a spot, and where the camera brings a party it must show.
import { clearancesAround, NO_INSETS } from './fitViewport';
import type { Insets, Rect } from './fitViewport';

export type ModelRect = { x1: number; y1: number; x2: number; y2: number };
type Camera = { zoom: number; pan: { x: number; y: number } };

// Keeps a party and its name off the very edge of the free area (screen pixels).
const EDGE = 40;

/** The largest strip-shaped part of the canvas clear of every overlay, in map units. */
export function freeModelArea(canvas: Rect, overlays: readonly Rect[], camera: Camera): ModelRect {
  const choices = overlays.map((overlay) => clearancesAround(canvas, overlay));
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  let best: Insets = NO_INSETS;
  let bestArea = -1;
  const visit = (index: number, insets: Insets) => {
    if (index === choices.length) {
      const area = Math.max(0, width - insets.left - insets.right) * Math.max(0, height - insets.top - insets.bottom);
      if (area > bestArea) {
        bestArea = area;
        best = insets;
      }
      return;
    }
    for (const choice of choices[index]!) {
      visit(index + 1, {
        top: Math.max(insets.top, choice.top),
        right: Math.max(insets.right, choice.right),
        bottom: Math.max(insets.bottom, choice.bottom),
        left: Math.max(insets.left, choice.left),
      });
    }
  };
  visit(0, NO_INSETS);
  // Nothing left (a tiny canvas under a large legend): the whole canvas is better than nothing.
  const insets = bestArea > 0 ? best : NO_INSETS;
  const margin = (span: number) => Math.min(EDGE, span / 4);
  const left = insets.left + margin(width);
  const right = width - insets.right - margin(width);
  const top = insets.top + margin(height);
  const bottom = height - insets.bottom - margin(height);
  const toModel = (x: number, y: number) => ({ x: (x - camera.pan.x) / camera.zoom, y: (y - camera.pan.y) / camera.zoom });
  const a = toModel(Math.min(left, right), Math.min(top, bottom));
  const b = toModel(Math.max(left, right), Math.max(top, bottom));
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

export function containsPoint(area: ModelRect, point: { x: number; y: number }): boolean {
  return point.x >= area.x1 && point.x <= area.x2 && point.y >= area.y1 && point.y <= area.y2;
}

/** The pan that centres the point in the free area, or null when it is already inside it. */
export function panToReveal(area: ModelRect, point: { x: number; y: number }, camera: Camera): { x: number; y: number } | null {
  if (containsPoint(area, point)) return null;
  const centre = { x: (area.x1 + area.x2) / 2, y: (area.y1 + area.y2) / 2 };
  return { x: camera.pan.x + (centre.x - point.x) * camera.zoom, y: camera.pan.y + (centre.y - point.y) * camera.zoom };
}
