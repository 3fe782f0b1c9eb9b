// A program director's first hour on the map (issue 14), at 1440×900 and at 1280×720: the
// toolbar on one row, both panels folding away and staying folded, nothing over a party after
// Fit (the drawn boxes of parties and names against the boxes of what floats over the map), a
// new party landing in view, and names that keep their distinctive part with the full name on
// hover and an optional short name.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample, overlaps as overlapBoxes, overlayBoxes, poll, probe, waitForIdle } from '../support/pageHelpers';
import type { PageBox } from '../support/pageHelpers';

const app = useBrowserApp();
// This file's own copy of the sample: other files' copies share the database.
let sampleId: string;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

const canvasBox = (page: Page) => page.getByTestId('graph-canvas').evaluate((element) => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
});

/** Every party drawn whole inside the map and under nothing that floats over it. */
async function expectNothingOverParties(page: Page): Promise<void> {
  const canvas = await canvasBox(page);
  const overlays = await overlayBoxes(page);
  const nodes = await probe(page);
  expect(nodes.length).toBeGreaterThan(0);
  expect(overlays.length).toBeGreaterThan(0);
  const inside = (box: PageBox) => box.left >= canvas.left - 1 && box.right <= canvas.right + 1 && box.top >= canvas.top - 1 && box.bottom <= canvas.bottom + 1;
  expect(nodes.filter((node) => !inside(node.box)).map((node) => node.partyId)).toEqual([]);
  const covered = nodes.filter((node) => overlays.some((overlay) => overlapBoxes(node.box, overlay))).map((node) => node.partyId);
  expect(covered).toEqual([]);
}

describe('the map has room', () => {
  it('loads the sample network', async () => {
    await loadSample(app().page);
    sampleId = (await app().page.getByTestId('graph-canvas').getAttribute('data-network-id'))!;
  }, 90_000);

  it.each(SIZES)('at $width×$height: one toolbar row, and after Fit nothing covers a party', async (size) => {
    const { page } = app();
    await page.setViewportSize(size);
    // The toolbar keeps one row with both panels open.
    const tops = await page.locator('.map-toolbar > *').evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    expect((await page.locator('.map-toolbar').boundingBox())!.height).toBeLessThan(50);

    await page.getByTestId('fit').click();
    await poll(async () => (await probe(page)).length).toBe(41);
    await expectNothingOverParties(page);
    await saveScreenshot(page, `first-hour-fit-${size.width}`);

    // Simulating adds its key to what floats over the map; Fit keeps clear of that too.
    await page.getByTestId('search').fill('Lanternway');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('simulate-withdrawal').click();
    await poll(() => page.getByTestId('graph-canvas').getAttribute('data-simulation')).toBe('shown');
    await page.getByTestId('fit').click();
    await expectNothingOverParties(page);
    await saveScreenshot(page, `first-hour-fit-simulation-${size.width}`);
    await page.getByTestId('clear-simulation').click();
    await page.getByRole('button', { name: 'Close the analysis panel' }).click();
  }, 120_000);

  it('folds both panels away, remembers it after a reload, and gives the map the width', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1280, height: 720 });
    const before = (await canvasBox(page)).right - (await canvasBox(page)).left;
    await page.getByTestId('toggle-sidebar').click();
    await page.getByTestId('toggle-side-panel').click();
    await poll(async () => (await canvasBox(page)).right - (await canvasBox(page)).left).toBeGreaterThan(before + 500);
    await page.reload();
    await poll(() => page.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
    expect(await page.getByTestId('toggle-sidebar').getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('toggle-sidebar').click();
    await page.locator(`[data-testid="network-item"][data-network-id="${sampleId}"]`).click();
    await poll(async () => Number(await page.getByTestId('graph-canvas').getAttribute('data-node-count')), 30_000).toBe(41);
    expect(await page.getByTestId('toggle-side-panel').getAttribute('aria-expanded')).toBe('false');
    await saveScreenshot(page, 'first-hour-folded');
    await page.getByTestId('toggle-side-panel').click();
    await expect.poll(() => page.getByTestId('inspector').isVisible()).toBe(true);
  }, 90_000);

  it('puts a new party in view, clear of the legend, and the view follows it', async () => {
    const { page } = app();
    await page.getByTestId('fit').click();
    await page.getByTestId('add-party').click();
    await page.getByTestId('new-party-name').fill('Κέντρο Υγείας — Центр здоровья');
    await page.getByTestId('new-party-submit').click();
    await poll(async () => (await probe(page)).length).toBe(42);
    await waitForIdle(page);
    await page.waitForTimeout(400);
    const added = (await probe(page)).find((node) => node.label.includes('Κέντρο'));
    expect(added).toBeDefined();
    const canvas = await canvasBox(page);
    const center = { x: added!.x, y: added!.y };
    expect(center.x).toBeGreaterThan(canvas.left);
    expect(center.x).toBeLessThan(canvas.right);
    expect(center.y).toBeGreaterThan(canvas.top);
    expect(center.y).toBeLessThan(canvas.bottom);
    const overlays = await overlayBoxes(page);
    expect(overlays.some((overlay) => overlapBoxes(added!.box, overlay))).toBe(false);
  }, 60_000);
});

describe('readable names', () => {
  it('keeps the distinctive part, shows the full name on hover, and takes a short name for the map', async () => {
    const { page } = app();
    await page.getByTestId('fit').click();
    const court = async () => (await probe(page)).find((node) => node.partyId === 'p-probate-court')!;
    // No two parties read the same "Harlan County…" at any zoom the map shows names.
    const labels = (await probe(page)).map((node) => node.label).filter((label) => label !== '');
    expect(labels.filter((label) => label === 'Harlan County…')).toEqual([]);
    expect(['…Probate Court', 'Harlan County Probate Court']).toContain((await court()).label);

    const { x, y } = await court();
    await page.mouse.move(x, y);
    await poll(() => page.getByTestId('party-tooltip').innerText()).toContain('Harlan County Probate Court');
    await saveScreenshot(page, 'first-hour-hover');

    await page.mouse.click(x, y);
    await page.getByTestId('party-short-name').fill('Probate Court');
    await page.getByTestId('party-short-name').press('Tab');
    await waitForIdle(page);
    await poll(async () => (await court()).label).toBe('Probate Court');
  }, 60_000);

  it('moves focus out of the search box once Enter picks a party', async () => {
    const { page } = app();
    await page.getByTestId('search').fill('Sheriff');
    await page.getByTestId('search').press('Enter');
    await poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
  });
});
