// Usable by everyone (issue 17) at any zoom (WCAG 1.4.10): at 200% zoom of a 1280×720 window
// (640×360 CSS pixels) and at 320 CSS pixels wide, with the side panel open on a party and with
// the analysis open, every named control is on screen and uncovered, nothing scrolls sideways,
// the map keeps room and the legend covers neither the toolbar, most of the map nor itself.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, useBrowserApp } from '../support/browserApp';
import { loadSample, overlaps, pick, poll } from '../support/pageHelpers';

const app = useBrowserApp(loadSample);

const TOOLBAR = ['add-party', 'search', 'arrange', 'toggle-filters', 'fit', 'map-show', 'simulate-withdrawal', 'open-analysis', 'legend-toggle', 'export-network', 'board-report', 'toggle-side-panel', 'toggle-sidebar'];

type Point = { x: number; y: number };
/** Whether the control (a test id, or #id) is on screen both ways with nothing over its middle or corners. */
async function inReach(page: Page, testId: string, width: number, height: number): Promise<string | null> {
  const control = testId.startsWith('#') ? page.locator(testId) : page.getByTestId(testId).first();
  if (!(await control.isVisible())) return `${testId} is not shown`;
  await control.scrollIntoViewIfNeeded();
  return control.evaluate(
    (element, [id, viewWidth, viewHeight]) => {
      const rect = element.getBoundingClientRect();
      if (rect.left < 0 || rect.top < 0 || rect.right > viewWidth + 1 || rect.bottom > viewHeight + 1) return `${id} is off screen at ${rect.left},${rect.top}–${rect.right},${rect.bottom}`;
      const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): unknown } };
      const points: Point[] = [
        { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 },
        { x: rect.left + 3, y: rect.top + 3 },
        { x: rect.right - 3, y: rect.top + 3 },
        { x: rect.left + 3, y: rect.bottom - 3 },
        { x: rect.right - 3, y: rect.bottom - 3 },
      ];
      const covered = points.find(({ x, y }) => {
        const hit = document.elementFromPoint(x, y) as typeof element | null;
        return hit !== element && !element.contains(hit);
      });
      return covered ? `${id} is covered at ${covered.x},${covered.y}` : null;
    },
    [testId, width, height] as const,
  );
}

const pageWidth = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
const box = (page: Page, testId: string) => page.getByTestId(testId).first().boundingBox();

describe('reflow', () => {
  it.each([
    { width: 640, height: 360, name: '200% zoom' },
    { width: 320, height: 640, name: '320 px' },
  ])('at $name every named control is on screen and uncovered, with no sideways scrolling', async ({ width, height }) => {
    const { page } = app();
    await page.setViewportSize({ width, height });
    await pick(page, 'search', 'Senior Intensive');
    await poll(() => page.getByTestId('party-editor').isVisible()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    const problems: (string | null)[] = [];
    for (const testId of [...TOOLBAR, '#party-editor-title', 'party-name']) problems.push(await inReach(page, testId, width, height));
    // The map keeps room to work in, and the legend leaves most of it (and the toolbar) in sight.
    const map = (await box(page, 'graph-canvas'))!;
    const legend = (await box(page, 'legend'))!;
    expect(map.width).toBeGreaterThanOrEqual(width - 40);
    expect(map.height).toBeGreaterThanOrEqual(250);
    expect(legend.width * legend.height).toBeLessThan(0.5 * map.width * map.height);
    // …and its button lies over none of its entries.
    const toggle = (await box(page, 'legend-toggle'))!;
    const entries = await page.getByTestId('legend').locator('li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map(({ left, top, right, bottom }) => ({ left, top, right, bottom })));
    expect(entries.filter((entry) => overlaps(entry, { left: toggle.x, top: toggle.y, right: toggle.x + toggle.width, bottom: toggle.y + toggle.height }))).toEqual([]);
    await page.screenshot({ path: await screenshotPath(`reflow-${width}-party`), fullPage: true });

    await page.getByTestId('open-analysis').click();
    await poll(() => page.getByTestId('simulation-panel').isVisible()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    for (const testId of ['#sim-panel-title', 'analysis-tab-results', 'analysis-tab-scenarios', 'analysis-tab-criticality', 'analysis-tab-insight', 'open-analysis']) problems.push(await inReach(page, testId, width, height));
    await page.screenshot({ path: await screenshotPath(`reflow-${width}-analysis`), fullPage: true });
    await page.keyboard.press('Escape');
    expect(problems.filter((problem) => problem !== null)).toEqual([]);
  }, 60_000);
});
