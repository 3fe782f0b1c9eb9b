// Where to put the camera so the whole drawing shows, clear of what floats over the canvas
// (the legend, the simulation's actions and key, hints). Cytoscape's own fit only knows uniform
// padding, so the sums are done here.

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

// Each overlay in a corner can be kept clear of by giving up a strip on either of its two open
// sides. With several overlays (the legend, the simulation's actions and key, a hint) every
// combination of strips is tried — a handful of overlays makes a few dozen — and the one that
// leaves the drawing largest wins. When no combination leaves room (a tiny canvas), the
// overlays are ignored rather than the drawing shrunk to nothing.
export function fitBesideOverlays(
  bounds: Bounds,
  size: Size,
  choicesPerOverlay: readonly (readonly Insets[])[],
  options: FitOptions,
): Viewport | null {
  let best: Viewport | null = null;
  const visit = (index: number, insets: Insets) => {
    if (index === choicesPerOverlay.length) {
      const viewport = fitViewport(bounds, size, insets, options);
      if (viewport && (!best || viewport.zoom > best.zoom)) best = viewport;
      return;
    }
    for (const choice of choicesPerOverlay[index]!) visit(index + 1, widest(insets, choice));
  };
  visit(0, NO_INSETS);
  return best ?? fitViewport(bounds, size, NO_INSETS, options);
}

function widest(a: Insets, b: Insets): Insets {
  return { top: Math.max(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom), left: Math.max(a.left, b.left) };
}

export type Rect = { left: number; top: number; right: number; bottom: number };

// The two strips that keep a drawing clear of an overlay, worked out from which corner of the
// canvas the overlay sits in; none for an overlay that does not cover the canvas at all.
export function clearancesAround(canvas: Rect, overlay: Rect): Insets[] {
  const covers = overlay.right > canvas.left && overlay.left < canvas.right && overlay.bottom > canvas.top && overlay.top < canvas.bottom;
  if (!covers || overlay.right <= overlay.left || overlay.bottom <= overlay.top) return [NO_INSETS];
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
