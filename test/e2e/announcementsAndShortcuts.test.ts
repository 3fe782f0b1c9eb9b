// Usable by everyone (issue 17): the page title names the open network; choosing "To" in Add
// relationship keeps the keyboard in the dialog; a threshold change and clearing a simulation are
// announced; the analysis tabs follow the tab pattern; single-key shortcuts act only on the map (or the table) and can be switched off in
// the shortcuts dialog (WCAG 2.1.4), with Ctrl shortcuts still working.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browserApp';
import { hasFocus, loadSample, pick, poll } from '../support/pageHelpers';

const app = useBrowserApp(loadSample);

const activeTag = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName ?? 'none');
const announced = (page: Page) => page.getByTestId('announcement').innerText();
const openDialogs = (page: Page) => page.locator('dialog[open]').count();

describe('announcements and focus', () => {
  it('names the open network in the page title', async () => {
    const name = await app().page.locator('.network-view__heading h2, .network-view__heading h1').first().innerText();
    expect(name).toMatch(/Harlan County Behavioral Health/);
    await poll(() => app().page.title()).toMatch(new RegExp(`^${name.replace(/[()]/g, '\\$&')} — `));
  });

  it('keeps the keyboard in Add relationship after "To" is chosen', async () => {
    const { page } = app();
    await page.getByTestId('add-relationship').press('Enter');
    await poll(() => openDialogs(page)).toBe(1);
    await pick(page, 'rel-source', 'Dietary');
    await pick(page, 'rel-target', 'Nursing Services');
    await poll(() => page.getByTestId('rel-summary').innerText()).toContain('Nursing Services');
    expect(await activeTag(page)).not.toBe('BODY');
    expect(await page.locator('dialog[open]').evaluate((dialog) => dialog.contains((globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement as never))).toBe(true);
    await page.keyboard.press('Escape');
    if ((await openDialogs(page)) > 0) await page.keyboard.press('Escape');
    await poll(() => openDialogs(page)).toBe(0);
  });

  it('announces a threshold change without moving the keyboard, and clearing', async () => {
    const { page } = app();
    await pick(page, 'search', 'Lanternway');
    await page.getByTestId('simulate-withdrawal').press('Enter');
    await poll(() => announced(page), 30_000).toMatch(/^Simulation of Lanternway Telepsychiatry withdrawing: \d+ affected/);
    const before = await announced(page);
    const slider = page.getByTestId('affected-threshold');
    await slider.focus();
    // Raising "affected from" to its top leaves fewer parties affected, and says so.
    await slider.press('End');
    await poll(() => announced(page)).not.toBe(before);
    expect(await announced(page)).toMatch(/^Simulation of Lanternway Telepsychiatry withdrawing: \d+ affected/);
    expect(Number(/(\d+) affected/.exec(await announced(page))![1])).toBeLessThan(Number(/(\d+) affected/.exec(before)![1]));
    expect(await hasFocus(slider)).toBe(true);
    await slider.press('Home');

    // The analysis tabs follow the tab pattern: arrows move and choose, each controls its panel.
    const tab = (name: string) => page.getByTestId(`analysis-tab-${name}`);
    await tab('results').press('ArrowRight');
    await poll(() => tab('scenarios').getAttribute('aria-selected')).toBe('true');
    expect(await hasFocus(tab('scenarios'))).toBe(true);
    const controlled = (await tab('scenarios').getAttribute('aria-controls'))!;
    expect(await page.locator(`[id="${controlled}"][role="tabpanel"]`).count()).toBe(1);
    await tab('scenarios').press('ArrowLeft');
    await poll(() => tab('results').getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('clear-simulation').press('Enter');
    await poll(() => announced(page)).toBe('Simulation cleared.');
  }, 60_000);
});

describe('single-key shortcuts', () => {
  it('act on the map only, not from a toolbar button, and not at all once switched off', async () => {
    const { page } = app();
    const canvas = page.getByTestId('graph-canvas');
    await page.getByTestId('fit').focus();
    await page.keyboard.press('n');
    await page.waitForTimeout(300);
    expect(await openDialogs(page)).toBe(0);
    await canvas.focus();
    await page.keyboard.press('n');
    await poll(() => page.getByTestId('add-party-dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => openDialogs(page)).toBe(0);

    // Switched off in the shortcuts dialog (opened from its button, as "?" is a single key too).
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).press('Enter');
    await page.getByTestId('single-key-shortcuts').press('Space');
    expect(await page.getByTestId('single-key-shortcuts').isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await poll(() => openDialogs(page)).toBe(0);
    await canvas.focus();
    await page.keyboard.press('n');
    await page.waitForTimeout(300);
    expect(await openDialogs(page)).toBe(0);
    // Ctrl shortcuts are not single keys: Ctrl+F still finds.
    await page.keyboard.press('Control+f');
    await poll(() => hasFocus(page.getByTestId('search'))).toBe(true);

    // The choice is remembered for the next session, and can be switched back on.
    const remembered = () => page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('careweave.shortcuts.singleKeys'));
    expect(await remembered()).toBe('false');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).press('Enter');
    await page.getByTestId('single-key-shortcuts').press('Space');
    await page.keyboard.press('Escape');
    expect(await remembered()).toBe('true');
  }, 90_000);
});
