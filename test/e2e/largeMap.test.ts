// A very large map in browser mode: it opens as an overview of every party and relationship,
// finding a party by name zooms in and draws the parties around it in full (selectable), and
// the PNG export still shows the whole map, not only the parties drawn in full.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMapNetwork } from '../../bench/generateMapNetwork';
import { seedNetwork } from '../../bench/seedNetwork';
import { ensureSchema } from '../../main/database/schema';
import { saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';
import { testDatabaseTarget } from '../support/testBackend';

// 4,000 + 16,000 = 20,000 elements: the smallest map drawn in two tiers by either renderer
// (core/graph/detailSet.ts).
const PARTIES = 4_000;
const RELATIONSHIPS = 16_000;
const networkId = randomUUID();
let app: BrowserApp;
let driver: Driver;

beforeAll(async () => {
  const target = testDatabaseTarget();
  driver = neo4j.driver(target.url, neo4j.auth.basic(target.user, target.password));
  // The indexes the app creates on connecting; seeding relationships looks parties up by them.
  await ensureSchema(driver);
  await seedNetwork(driver, networkId, generateMapNetwork({ parties: PARTIES, relationships: RELATIONSHIPS, seed: 42, name: `Large map ${networkId.slice(0, 6)}` }));
  app = await startBrowserApp();
  await app.page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 30_000 });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await driver?.executeQuery('MATCH (p:Party {networkId: $id}) DETACH DELETE p', { id: networkId });
  await driver?.executeQuery('MATCH (n:Network {id: $id}) DELETE n', { id: networkId });
  await driver?.close();
});

// How many pixels of the overview canvas are drawn on (not transparent).
async function overviewInk(app: BrowserApp): Promise<number> {
  return app.page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.graph-overview');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) inked += 1;
    return inked;
  });
}

describe('a map of 20,000 parties and relationships', () => {
  it('opens as an overview, then draws the parties around a found party in full', async () => {
    const { page } = app;
    await page.locator(`[data-testid="network-item"][data-network-id="${networkId}"]`).click();
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvas.getAttribute('data-element-count'), { timeout: 60_000 }).toBe(String(PARTIES + RELATIONSHIPS));
    expect(await canvas.getAttribute('data-tiers')).toBe('overview');
    // From far out everything is overview: nothing is handed to Cytoscape.
    expect(await canvas.getAttribute('data-detail-count')).toBe('0');
    const inkFarOut = await overviewInk(app);
    expect(inkFarOut).toBeGreaterThan(10_000);
    await saveScreenshot(page, 'large-map-overview');

    // A name that is not on the map finds nothing and leaves the overview as it was.
    await page.getByPlaceholder('Find a party…').fill('No such party anywhere');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-detail-count')).toBe('0');
    expect(await overviewInk(app)).toBe(inkFarOut);

    // Finding a party zooms to it and its neighbours; the parties in view are drawn in full.
    await page.getByPlaceholder('Find a party…').fill('Agency 40-7');
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await canvas.getAttribute('data-detail-count')), { timeout: 30_000 }).toBeGreaterThan(10);
    expect(Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(0.2);
    await expect.poll(() => page.getByTestId('inspector').innerText()).toContain('Agency 40-7');
    await saveScreenshot(page, 'large-map-detail');

    // Withdrawing it colours the parties it affects, in the overview as well as in full.
    const inkBefore = await overviewInk(app);
    await page.getByTestId('simulate-withdrawal').click();
    const panel = page.getByTestId('simulation-panel');
    await expect.poll(() => panel.getByTestId('simulation-withdrawn').innerText(), { timeout: 60_000 }).toContain('Agency 40-7');
    await expect.poll(() => canvas.getAttribute('data-simulation'), { timeout: 30_000 }).toBe('shown');
    // Unaffected parties and quiet relationships fade: the overview has less ink than before.
    await expect.poll(() => overviewInk(app), { timeout: 10_000 }).not.toBe(inkBefore);
    await saveScreenshot(page, 'large-map-simulation');

    // Fit goes back to the whole map, and the full drawing is handed back to the overview.
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => canvas.getAttribute('data-detail-count'), { timeout: 30_000 }).toBe('0');
  }, 120_000);

  it('exports a PNG of the whole map, not only the parties drawn in full', async () => {
    const { page } = app;
    await page.getByTestId('export-network').click();
    await page.getByTestId('export-format-png').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('export-submit').click()]);
    const path = await download.path();
    const status = await page.getByTestId('export-status').innerText();
    await page.keyboard.press('Escape');
    const image = PNG.sync.read(await import('node:fs/promises').then((fs) => fs.readFile(path)));
    const match = /\(([\d,]+) × ([\d,]+) pixels/.exec(status);
    expect(match).not.toBeNull();
    expect(image.width).toBe(Number(match![1]!.replace(/,/g, '')));
    // The map is about as wide as it is tall (regions on a square grid): a picture of a few
    // parties in view would not be; and far more than a few parties' worth of pixels are inked.
    expect(image.width / image.height).toBeGreaterThan(0.6);
    expect(image.width / image.height).toBeLessThan(1.7);
    let inked = 0;
    for (let index = 0; index < image.data.length; index += 4) if ((image.data[index] ?? 255) < 200) inked += 1;
    expect(inked).toBeGreaterThan(50_000);
  }, 150_000);
});
