import { describe, expect, it } from 'vitest';
import { clearancesAround, fitBesideOverlays, fitViewport, NO_INSETS } from '../../renderer/src/core/graph/fitViewport';
import type { Bounds, Insets, Viewport } from '../../renderer/src/core/graph/fitViewport';

const options = { padding: 10, minZoom: 0.05, maxZoom: 1.5 };

// Where a model point lands on screen under a viewport.
function onScreen(viewport: Viewport, x: number, y: number) {
  return { x: x * viewport.zoom + viewport.pan.x, y: y * viewport.zoom + viewport.pan.y };
}

describe('fitViewport', () => {
  const bounds: Bounds = { x1: -100, y1: -50, w: 400, h: 200 };

  it('fits the drawing inside the padded canvas and centres it', () => {
    const viewport = fitViewport(bounds, { width: 420, height: 420 }, NO_INSETS, options);
    expect(viewport?.zoom).toBeCloseTo(1);
    expect(onScreen(viewport!, -100, -50)).toEqual({ x: 10, y: 110 });
    expect(onScreen(viewport!, 300, 150)).toEqual({ x: 410, y: 310 });
  });

  it('keeps the drawing out of the insets', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 220, left: 0 };
    const viewport = fitViewport(bounds, { width: 420, height: 420 }, insets, options)!;
    expect(onScreen(viewport, 300, 150).y).toBeLessThanOrEqual(420 - 220 - 10 + 1e-9);
    expect(onScreen(viewport, -100, -50).y).toBeGreaterThanOrEqual(10);
  });

  it('does not blow a tiny drawing up past the zoom cap', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 0, h: 0 }, { width: 800, height: 600 }, NO_INSETS, options)?.zoom).toBe(1.5);
  });

  it('gives up when the insets leave no room', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 600, left: 0 };
    expect(fitViewport(bounds, { width: 800, height: 600 }, insets, options)).toBeNull();
  });
});

describe('fitBesideOverlays', () => {
  const legendBelow: Insets = { top: 0, right: 0, bottom: 150, left: 0 };
  const legendBeside: Insets = { top: 0, right: 0, bottom: 0, left: 300 };

  it('gives up the strip that costs a wide drawing least', () => {
    const wide: Bounds = { x1: 0, y1: 0, w: 1000, h: 100 };
    const viewport = fitBesideOverlays(wide, { width: 1000, height: 800 }, [[legendBelow, legendBeside]], options)!;
    expect(viewport).toEqual(fitViewport(wide, { width: 1000, height: 800 }, legendBelow, options));
  });

  it('gives up the strip that costs a tall drawing least', () => {
    const tall: Bounds = { x1: 0, y1: 0, w: 100, h: 1000 };
    const viewport = fitBesideOverlays(tall, { width: 1000, height: 800 }, [[legendBelow, legendBeside]], options)!;
    expect(viewport).toEqual(fitViewport(tall, { width: 1000, height: 800 }, legendBeside, options));
  });

  it('keeps clear of two overlays at once: a legend below and actions at the top right', () => {
    const bounds: Bounds = { x1: 0, y1: 0, w: 400, h: 400 };
    const size = { width: 1000, height: 800 };
    const legend = [{ ...NO_INSETS, bottom: 200 }, { ...NO_INSETS, left: 600 }];
    const actions = [{ ...NO_INSETS, top: 60 }, { ...NO_INSETS, right: 300 }];
    const viewport = fitBesideOverlays(bounds, size, [legend, actions], options)!;
    // Best: the strip below the legend and the one left of the actions, 680 × 580 px (the strip
    // above the actions would leave 520 px of height, the one right of the legend 380 px of width).
    expect(viewport.zoom).toBeCloseTo(580 / 400);
    expect(onScreen(viewport, 400, 400).x).toBeLessThanOrEqual(1000 - 300 - 10 + 1e-9);
    expect(onScreen(viewport, 400, 400).y).toBeLessThanOrEqual(800 - 200 - 10 + 1e-9);
  });

  it('ignores the overlay when the canvas is too small to avoid it', () => {
    const bounds: Bounds = { x1: 0, y1: 0, w: 100, h: 100 };
    const huge: Insets = { top: 0, right: 0, bottom: 500, left: 500 };
    expect(fitBesideOverlays(bounds, { width: 300, height: 300 }, [[huge]], options)).toEqual(
      fitViewport(bounds, { width: 300, height: 300 }, NO_INSETS, options),
    );
  });
});

describe('clearancesAround', () => {
  const canvas = { left: 300, top: 100, right: 1300, bottom: 900 };

  it('asks for nothing for an overlay outside the canvas or without a size', () => {
    expect(clearancesAround(canvas, { left: 1400, top: 100, right: 1500, bottom: 200 })).toEqual([NO_INSETS]);
    expect(clearancesAround(canvas, { left: 400, top: 200, right: 400, bottom: 300 })).toEqual([NO_INSETS]);
  });

  it('offers a strip below or to the left of a legend in the bottom-left corner', () => {
    const legend = { left: 312, top: 700, right: 660, bottom: 888 };
    expect(clearancesAround(canvas, legend)).toEqual([
      { ...NO_INSETS, bottom: 200 },
      { ...NO_INSETS, left: 360 },
    ]);
  });

  it('offers a strip above or to the right of a panel in the top-right corner', () => {
    const panel = { left: 980, top: 112, right: 1288, bottom: 400 };
    expect(clearancesAround(canvas, panel)).toEqual([
      { ...NO_INSETS, top: 300 },
      { ...NO_INSETS, right: 320 },
    ]);
  });
});
