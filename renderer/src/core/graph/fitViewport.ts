// Where to put the camera so the whole drawing shows, clear of what floats over the canvas
// (the legend). Cytoscape's own fit only knows uniform padding, so the sums are done here.

export type Bounds = { x1: number; y1: number; w: number; h: number };
export type Size = { width: number; height: number };
export type Insets = { top: number; right: number; bottom: number; left: number };
export type Viewport = { zoom: number; pan: { x: number; y: number } };
export type FitOptions = { padding: number; minZoom: number; maxZoom: number };

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export function fitViewport(bounds: Bounds, size: Size, insets: Insets, options: FitOptions): Viewport | null {
  const width = size.width - insets.left - insets.right - 2 * options.padding;
  const height = size.height - insets.top - insets.bottom - 2 * options.padding;
  if (width <= 0 || height <= 0) return null;
  // A single party has no extent; any zoom fits it, so the cap decides.
  const fitting = Math.min(width / Math.max(bounds.w, 1e-6), height / Math.max(bounds.h, 1e-6));
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fitting));
  return {
    zoom,
    pan: {
      x: insets.left + options.padding + (width - bounds.w * zoom) / 2 - bounds.x1 * zoom,
      y: insets.top + options.padding + (height - bounds.h * zoom) / 2 - bounds.y1 * zoom,
    },
  };
}

// An overlay in a corner can be kept clear of by giving up a strip on either of its two open
// sides; take whichever leaves the drawing larger, and fall back to ignoring the overlay
// when the canvas is too small for either.
export function fitBesideOverlay(
  bounds: Bounds,
  size: Size,
  choices: readonly Insets[],
  options: FitOptions,
): Viewport | null {
  let best: Viewport | null = null;
  for (const insets of choices) {
    const viewport = fitViewport(bounds, size, insets, options);
    if (viewport && (!best || viewport.zoom > best.zoom)) best = viewport;
  }
  return best ?? fitViewport(bounds, size, NO_INSETS, options);
}

export type Rect = { left: number; top: number; right: number; bottom: number };

// The two strips that keep a drawing clear of an overlay, worked out from which corner of the
// canvas the overlay sits in.
export function clearancesAround(canvas: Rect, overlay: Rect): Insets[] {
  const inLowerHalf = (overlay.top + overlay.bottom) / 2 > (canvas.top + canvas.bottom) / 2;
  const inLeftHalf = (overlay.left + overlay.right) / 2 < (canvas.left + canvas.right) / 2;
  const vertical = inLowerHalf
    ? { ...NO_INSETS, bottom: canvas.bottom - overlay.top }
    : { ...NO_INSETS, top: overlay.bottom - canvas.top };
  const horizontal = inLeftHalf
    ? { ...NO_INSETS, left: overlay.right - canvas.left }
    : { ...NO_INSETS, right: canvas.right - overlay.left };
  return [vertical, horizontal];
}
