// A presentation in the browser (issue 15), on the real app and database: a program director
// writes three slides for the board in the editor — a title slide, a saved view, the pharmacy
// closing — is told plainly when a title is too long (the draft kept), plays it with the arrow
// keys (the withdrawal greys the pharmacy first, then spreads hop by hop), leaves with Escape,
// exports it to a PDF of three pages that are read back, and finds it again after a reload.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, saveScreenshot, startBrowserApp } from '../support/browserApp';
import { pdfPageTexts } from '../support/pdfPages';
import type { BrowserApp } from '../support/browserApp';
import { HOSPITAL } from './hospitalNetwork';
import { callApi, openDocument, poll, probe } from './mapHelpers';

const OUT = join(ARTIFACTS_DIR, 'presentations');
let app: BrowserApp;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  app = await startBrowserApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
});

const withClass = async (page: Page, name: string) => (await probe(page)).filter((node) => node.classes.includes(name)).map((node) => node.partyId).sort();
const player = (page: Page) => page.getByTestId('presentation-player');

async function openNetwork(page: Page, networkId: string): Promise<void> {
  await page.reload();
  await poll(() => page.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
  await page.locator(`[data-testid="network-item"][data-network-id="${networkId}"]`).click();
  await poll(() => page.getByTestId('graph-canvas').getAttribute('data-node-count')).toBe('9');
}

describe('presentations', () => {
  it('writes three slides, plays them full screen with the keys, and exports them to a PDF', async () => {
    const { page } = app;
    const networkId = await openDocument(page, HOSPITAL);
    // A saved view without trust lines and a saved withdrawal of the pharmacy, made through the API.
    await callApi(page, 'saveView', { networkId, name: 'Who relies on whom', state: { filters: { hiddenKinds: ['TRUSTS'] } } });
    await callApi(page, 'saveScenario', { networkId, name: 'Pharmacy closes', withdrawn: ['pharmacy'], params: { affectedThreshold: 0.05, disruptedThreshold: 0.5 } });
    await openNetwork(page, networkId);

    // The editor: a text slide, a view slide, a withdrawal slide.
    await page.getByTestId('new-presentation').click();
    const editor = page.getByTestId('presentation-editor');
    await editor.getByTestId('presentation-name').fill('For the board');
    await editor.getByTestId('add-slide-text').click();
    await editor.getByTestId('add-slide-view').click();
    await editor.getByTestId('add-slide-scenario').click();
    const slides = editor.getByTestId('slide-editor');
    await poll(() => slides.count()).toBe(3);
    await slides.nth(0).getByTestId('slide-title').fill('Our care network');
    await slides.nth(0).getByTestId('slide-text').fill('Cedar Bend Memorial and the partners its patients rely on.');
    await slides.nth(1).getByTestId('slide-title').fill('Who relies on whom');
    await slides.nth(1).getByTestId('slide-text').fill('Trust lines hidden: only what people need from each other.');
    await slides.nth(2).getByTestId('slide-title').fill('If the pharmacy closes');
    await slides.nth(2).getByTestId('slide-text').fill('Watch the harm spread, one step at a time.');
    await saveScreenshot(page, 'presentation-editor');

    // A title far too long: said plainly on its slide, nothing sent, the draft kept.
    await slides.nth(1).getByTestId('slide-title').fill('Who relies on whom '.repeat(12));
    await editor.getByTestId('presentation-save').click();
    await poll(() => slides.nth(1).getByRole('alert').innerText()).toContain('A slide title can be at most 200 characters');
    await poll(() => editor.getByTestId('dialog-error').innerText()).toContain('Some slides need changing');
    await saveScreenshot(page, 'presentation-editor-too-long');
    expect(await callApi<unknown[]>(page, 'listPresentations', { networkId })).toEqual([]);
    expect(await slides.nth(2).getByTestId('slide-text').inputValue()).toBe('Watch the harm spread, one step at a time.');
    await slides.nth(1).getByTestId('slide-title').fill('Who relies on whom');
    await editor.getByTestId('presentation-save').click();
    const item = page.locator('[data-testid="presentation-item"][data-presentation-name="For the board"]');
    await poll(() => item.innerText()).toContain('3 slides');

    // Play: the text slide covers the map.
    await item.getByTestId('play-presentation').click();
    await poll(() => player(page).getAttribute('data-slide-kind')).toBe('text');
    await poll(() => player(page).getByTestId('slide-shown-title').innerText()).toBe('Our care network');
    expect(await page.locator('.map-workspace--presenting').count()).toBe(1);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'presentation-text-slide');

    // → the view: trust lines hidden, its caption over the map.
    await page.keyboard.press('ArrowRight');
    await poll(() => player(page).getAttribute('data-slide-kind')).toBe('view');
    await poll(() => page.getByTestId('graph-canvas').getAttribute('data-visible-edge-count')).toBe('7');
    await page.waitForTimeout(700);
    await saveScreenshot(page, 'presentation-view-slide');

    // → the withdrawal: the pharmacy greys first, no one else coloured yet; then the wave spreads.
    await page.keyboard.press('ArrowRight');
    await poll(() => player(page).getAttribute('data-slide-kind')).toBe('scenario');
    await poll(() => withClass(page, 'sim-withdrawn')).toEqual(['pharmacy']);
    expect(await player(page).getAttribute('data-hop')).toBe('0');
    expect(await withClass(page, 'sim-hit')).toEqual([]);
    await saveScreenshot(page, 'presentation-wave-start');
    await poll(() => player(page).getAttribute('data-hop')).toBe('1');
    const firstHop = await withClass(page, 'sim-hit');
    expect(firstHop).toEqual(expect.arrayContaining(['ed', 'nursing']));
    expect(firstHop).not.toContain('clients');
    await poll(() => player(page).getAttribute('data-hop'), 15_000).toBe('all');
    expect(await withClass(page, 'sim-hit')).toEqual(expect.arrayContaining(['clients', 'ed', 'families', 'nursing']));
    await poll(() => player(page).getByTestId('slide-wave').innerText()).toContain('If Pharmacy withdraws');
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'presentation-wave-end');

    // ← goes back; Escape leaves and the app is as it was around the map.
    await page.keyboard.press('ArrowLeft');
    await poll(() => player(page).getAttribute('data-slide-kind')).toBe('view');
    await page.keyboard.press('Escape');
    await poll(() => player(page).count()).toBe(0);
    expect(await page.locator('.map-workspace--presenting').count()).toBe(0);

    // Export: one PDF page a slide, each with its title; the withdrawal's page says what it did.
    await item.getByTestId('presentation-more').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), item.getByTestId('export-presentation').click()]);
    const path = join(OUT, download.suggestedFilename().replace(/\s+/g, '-'));
    await download.saveAs(path);
    await poll(() => page.getByTestId('presentation-export-status').innerText()).toContain('3 pages, one a slide');
    await page.getByTestId('presentation-export-close').click();
    const texts = await pdfPageTexts(new Uint8Array(await readFile(path)));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('Our care network');
    expect(texts[0]).toContain('Slide 1 of 3');
    expect(texts[1]).toContain('Who relies on whom');
    expect(texts[1]).toContain('IOP clients');
    expect(texts[2]).toContain('If the pharmacy closes');
    expect(texts[2]).toContain('If Pharmacy withdraws');
    expect(texts[2]).toContain('Slide 3 of 3');

    // Stored with the network: still there after a reload.
    await openNetwork(page, networkId);
    await poll(() => page.locator('[data-testid="presentation-item"][data-presentation-name="For the board"]').innerText()).toContain('3 slides');
  }, 300_000);
});
