import { describe, expect, it } from 'vitest';
import { containsPoint, freeModelArea, panToReveal } from '../../renderer/src/core/graph/freeArea';
import { freeSpotNear } from '../../renderer/src/core/editor/placement';

const canvas = { left: 0, top: 0, right: 1000, bottom: 600 };
const camera = { zoom: 1, pan: { x: 0, y: 0 } };

describe('freeModelArea', () => {
  it('is the canvas less an edge margin when nothing floats over it', () => {
    expect(freeModelArea(canvas, [], camera)).toEqual({ x1: 40, y1: 40, x2: 960, y2: 560 });
  });

  it('gives up the strip that keeps the most room beside a legend in the bottom-left corner', () => {
    const legend = { left: 10, top: 420, right: 700, bottom: 590 };
    // Below the legend's top (1000 × 420) beats right of it (300 × 600).
    expect(freeModelArea(canvas, [legend], camera)).toEqual({ x1: 40, y1: 40, x2: 960, y2: 380 });
  });

  it('works in map units under the camera', () => {
    const area = freeModelArea(canvas, [], { zoom: 2, pan: { x: 100, y: 50 } });
    expect(area).toEqual({ x1: -30, y1: -5, x2: 430, y2: 255 });
  });
});

describe('panToReveal', () => {
  const area = { x1: 0, y1: 0, x2: 100, y2: 100 };
  it('leaves the camera alone when the point is in view', () => {
    expect(panToReveal(area, { x: 50, y: 50 }, camera)).toBeNull();
  });
  it('centres a point outside the free area', () => {
    const pan = panToReveal(area, { x: 250, y: -50 }, { zoom: 2, pan: { x: 10, y: 10 } })!;
    // The point lands where the area's centre (50, 50) was on screen.
    expect({ x: 250 * 2 + pan.x, y: -50 * 2 + pan.y }).toEqual({ x: 50 * 2 + 10, y: 50 * 2 + 10 });
  });
});

describe('freeSpotNear within the free part of the view', () => {
  const crowd = { parties: [{ x: 0, y: 0 }] } as Parameters<typeof freeSpotNear>[0];
  it('never puts a new party under the legend when there is room in view', () => {
    const within = { x1: -300, y1: -300, x2: 300, y2: 50 };
    for (let y = -200; y <= 40; y += 60) {
      const spot = freeSpotNear(crowd, { x: 0, y }, within);
      expect(containsPoint(within, spot)).toBe(true);
      expect(Math.hypot(spot.x, spot.y)).toBeGreaterThanOrEqual(120);
    }
  });
  it('falls back to the nearest clear spot when the view is full', () => {
    const spot = freeSpotNear(crowd, { x: 0, y: 0 }, { x1: -10, y1: -10, x2: 10, y2: 10 });
    expect(Math.hypot(spot.x, spot.y)).toBeGreaterThanOrEqual(120);
  });
});
