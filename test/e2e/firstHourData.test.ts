// Data hygiene in a program director's first hour (issue 14): a picker whose text was typed over
// saves nothing, list counts stay true after switching, a second sample or import gets "(2)",
// a refused value never shows "Saved", a conflict shows the other person's values beside yours
// with a choice, a trust range 4–2 is swapped visibly, and "Choose another file" opens the picker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGraph, Party } from '../../shared/domain';
import { saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';
import { callApi, loadSample, pick, poll, waitForIdle } from '../support/pageHelpers';

let app: BrowserApp;
let networkId = '';

beforeAll(async () => {
  app = await startBrowserApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
});

const edgeCount = async () => Number(await app.page.getByTestId('graph-canvas').getAttribute('data-edge-count'));

describe('data hygiene', () => {
  it('loads the sample network', async () => {
    await loadSample(app.page);
    networkId = (await app.page.getByTestId('graph-canvas').getAttribute('data-network-id'))!;
  }, 90_000);

  it('does not save a pick whose text was typed over, and names what it could not find', async () => {
    const { page } = app;
    const before = await edgeCount();
    await page.getByTestId('add-relationship').click();
    const dialog = page.getByTestId('add-relationship-dialog');
    await pick(page, 'rel-source', 'Evergrove');
    await poll(() => page.getByTestId('rel-source').inputValue()).toBe('Evergrove Behavioral Management');
    await page.getByTestId('rel-source').fill('Nobody Agency');
    await pick(page, 'rel-target', 'IOP clients');
    // Choosing "To" keeps the keyboard in the dialog.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid'))).toBe('rel-target');
    expect(await dialog.getByTestId('rel-summary').count()).toBe(0);
    await dialog.getByTestId('new-relationship-submit').click();
    await poll(() => dialog.getByTestId('dialog-error').innerText()).toMatch(/No party here is called “Nobody Agency”/);
    await saveScreenshot(page, 'first-hour-picker');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await edgeCount()).toBe(before);
  }, 60_000);

  it('keeps the list’s counts true after switching networks', async () => {
    const { page } = app;
    await page.getByTestId('create-network').click();
    await page.getByTestId('new-network-name').fill('Counts check');
    await page.getByTestId('new-network-submit').click();
    await poll(() => page.locator('#network-title').innerText()).toContain('Counts check');
    for (const name of ['First partner', 'Second partner']) {
      await page.getByTestId('add-party').click();
      await page.getByTestId('new-party-name').fill(name);
      await page.getByTestId('new-party-submit').click();
      await waitForIdle(page);
    }
    await page.locator(`[data-testid="network-item"][data-network-id="${networkId}"]`).click();
    await poll(async () => Number(await page.getByTestId('graph-canvas').getAttribute('data-node-count')), 30_000).toBe(41);
    await poll(() => page.getByTestId('network-list').locator('li', { hasText: 'Counts check' }).innerText()).toContain('2 parties');
  }, 60_000);

  it('suggests “… (2)” when the sample is loaded again', async () => {
    const { page } = app;
    await page.getByTestId('sidebar-load-sample').click();
    const dialog = page.getByTestId('sample-copy-dialog');
    // "(2)", or the next free number when other tests' copies are in the shared database.
    await poll(() => dialog.getByTestId('sample-copy-name').inputValue()).toMatch(/^Harlan County Behavioral Health \(sample\) \(\d+\)$/);
    expect(await dialog.getByTestId('name-taken').innerText()).toMatch(/You already have a network called “Harlan County Behavioral Health \(sample\)”/);
    await saveScreenshot(page, 'first-hour-sample-again');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('never shows “Saved” beside a refused value, and says when a paste was cut', async () => {
    const { page } = app;
    await pick(page, 'search', 'Dietary Services');
    const name = page.getByTestId('party-name');
    await name.fill('Dietary Services (kitchen)');
    await name.press('Tab');
    await poll(() => page.getByTestId('party-editor').innerText()).toContain('Saved');
    await name.fill('');
    await name.press('Tab');
    await poll(() => page.getByTestId('party-editor').innerText()).toContain('A name is required');
    expect(await page.getByTestId('party-editor').innerText()).not.toContain('Saved');
    // A real paste of 250 characters into a 200-character field.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await page.evaluate((text) => (globalThis as unknown as { navigator: { clipboard: { writeText(text: string): Promise<void> } } }).navigator.clipboard.writeText(text), 'x'.repeat(250));
    await name.focus();
    await name.press('Control+V');
    await poll(() => page.getByTestId('paste-cut').innerText()).toMatch(/Only the first 200 characters fit/);
    expect((await name.inputValue()).length).toBe(200);
    await saveScreenshot(page, 'first-hour-long-name');
    await name.fill('Dietary Services');
    await name.press('Tab');
    await waitForIdle(page);
  }, 60_000);

  it('after a conflict, shows the other person’s saved values beside yours and lets you choose', async () => {
    const { page } = app;
    const stored = async () => (await callApi<NetworkGraph>(page, 'getNetwork', { id: networkId })).parties.find((candidate) => candidate.id === 'p-dietary')!;
    // The panel's last save has landed: the version read next is the one the panel holds.
    await poll(async () => (await stored()).name).toBe('Dietary Services');
    await waitForIdle(page);
    const party = await stored();
    const { id: _id, networkId: _n, version, createdAt: _c, updatedAt: _u, ...fields } = party;
    // Someone else renames it and changes its notes.
    await callApi<Party[]>(page, 'updateParties', { networkId, parties: [{ id: party.id, version, fields: { ...fields, name: 'Food & Nutrition', notes: 'Changed by a colleague.' } }] });
    const name = page.getByTestId('party-name');
    await name.fill('Dietary and Nutrition Services');
    await name.press('Tab');
    await poll(() => page.getByTestId('save-error').innerText()).toMatch(/Not saved/);
    await page.getByTestId('reload-after-conflict').click();
    const choice = page.getByTestId('conflict-choice');
    await poll(() => choice.isVisible(), 30_000).toBe(true);
    const box = (await choice.boundingBox())!;
    expect(box.y + 40).toBeLessThan(page.viewportSize()!.height);
    const row = choice.getByTestId('conflict-name');
    expect(await row.innerText()).toContain('Food & Nutrition');
    expect(await row.innerText()).toContain('Dietary and Nutrition Services');
    expect(await choice.innerText()).toMatch(/Their notes comes? in as they saved it/);
    await saveScreenshot(page, 'first-hour-conflict');
    await row.getByTestId('conflict-mine').check();
    await choice.getByTestId('conflict-save').click();
    await waitForIdle(page);
    const after = await stored();
    expect(after).toMatchObject({ name: 'Dietary and Nutrition Services', notes: 'Changed by a colleague.' });
  }, 90_000);

  it('swaps a trust range of 4 to 2, visibly', async () => {
    const { page } = app;
    await page.getByTestId('toggle-filters').click();
    await page.getByTestId('filter-trust-max').selectOption('2');
    await page.getByTestId('filter-trust-min').selectOption('4');
    await poll(() => page.getByTestId('trust-swapped').innerText()).toMatch(/swapped: trust from 2 to 4/);
    expect(await page.getByTestId('filter-trust-min').inputValue()).toBe('2');
    expect(await page.getByTestId('filter-trust-max').inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByRole('button', { name: 'Close filters' }).click();
  });

  it('opens the file picker from “Choose another file” after a refused import', async () => {
    const { page } = app;
    await page.getByTestId('sidebar-import').click();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'network.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"not careweave"}') }]);
    await poll(() => page.getByTestId('import-again').isVisible(), 30_000).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-again').click()]);
    expect(chooser.isMultiple()).toBe(true);
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Close' }).first().click();
  }, 60_000);
});
