// The network as tables (issue 17), used from the keyboard: sorted and filtered, sharing the
// map's selection both ways, checked rows tagged, simulated (with the impact column and the chain
// on demand) and deleted together, a cell edited in place, a party opened by its name, the map's
// focus followed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample, pick, poll, waitForIdle } from '../support/pageHelpers';

const app = useBrowserApp(async (page) => {
  await loadSample(page);
  await page.getByTestId('map-show').selectOption('both');
});

const table = (page: Page) => page.getByTestId('party-table');
const rows = (page: Page) => table(page).locator('tbody tr');
/** The text of one column, row by row, by its header's label. */
async function column(page: Page, label: string): Promise<string[]> {
  const labels = await table(page).locator('thead th').allInnerTexts();
  const at = labels.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === label);
  if (at < 0) throw new Error(`No column ${label} among ${labels.join(' | ')}`);
  return rows(page).locator(`td:nth-child(${at + 1})`).allInnerTexts();
}
const row = (page: Page, name: string) => table(page).locator('tbody tr', { has: page.getByRole('button', { name, exact: true }) });
const check = (page: Page, name: string) => table(page).getByLabel(`Select ${name}`, { exact: true }).press('Space');
const checked = async (page: Page) => (await rows(page).evaluateAll((trs) => trs.filter((tr) => tr.getAttribute('aria-selected') === 'true').map((tr) => tr.getAttribute('data-row-id')))).sort();

describe('the table view', () => {
  it('sorts by a column both ways and filters by text', async () => {
    const { page } = app();
    await poll(() => rows(page).count()).toBe(41);
    // Sharing the height with the table, the legend starts small and leaves the map in sight.
    expect(await page.getByTestId('legend-toggle').getAttribute('aria-expanded')).toBe('false');
    const [legend, map] = [(await page.getByTestId('legend').boundingBox())!, (await page.getByTestId('graph-canvas').boundingBox())!];
    expect(legend.width * legend.height).toBeLessThan(0.25 * map.width * map.height);
    const header = table(page).locator('th', { hasText: 'Relationships' });
    await header.getByRole('button').press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await column(page, 'Relationships')).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending.at(-1)!);
    await header.getByRole('button').press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await column(page, 'Relationships')).map(Number)).toEqual([...ascending].reverse());

    await page.getByTestId('table-filter').fill('harlan county');
    const shown = await rows(page).allInnerTexts();
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(41);
    // Every word typed, anywhere in the row.
    for (const text of shown) expect(text.toLowerCase()).toMatch(/^(?=[\s\S]*harlan)(?=[\s\S]*county)/);
    expect(await page.getByTestId('table-tab-parties').innerText()).toBe(`Parties (${shown.length})`);
    await page.getByTestId('table-filter').fill('');
    await poll(() => rows(page).count()).toBe(41);
  }, 60_000);

  it('shares the selection with the map both ways and acts on checked rows', async () => {
    const { page } = app();
    await check(page, 'Lanternway Telepsychiatry');
    await check(page, 'Nursing Services');
    await poll(() => page.getByTestId('simulate-withdrawal').innerText()).toMatch(/2 parties/);
    const both = await checked(page);
    expect(both).toHaveLength(2);
    // Chosen on the map's side, the table follows.
    await pick(page, 'search', 'Dietary');
    await poll(() => checked(page)).toHaveLength(1);
    expect(await row(page, 'Dietary Services').getAttribute('aria-selected')).toBe('true');

    // Tag two checked rows at once.
    await check(page, 'Dietary Services');
    await check(page, 'Lanternway Telepsychiatry');
    await check(page, 'Nursing Services');
    await page.getByTestId('table-tag').fill('board-2027');
    await page.getByTestId('table-tag').press('Enter');
    await waitForIdle(page);
    await poll(async () => (await row(page, 'Lanternway Telepsychiatry').innerText()) + (await row(page, 'Nursing Services').innerText())).toMatch(/board-2027[\s\S]*board-2027/);
    expect(await row(page, 'Dietary Services').innerText()).not.toContain('board-2027');

    // Simulate their withdrawal: an impact column, and the chain of an affected party on demand.
    await page.getByTestId('table-simulate').press('Enter');
    await poll(() => column(page, 'Impact'), 30_000).toContain('withdrawn');
    expect(await row(page, 'Lanternway Telepsychiatry').innerText()).toContain('withdrawn');
    expect(await row(page, 'Nursing Services').innerText()).toContain('withdrawn');
    const why = table(page).getByRole('button', { name: 'Why?' }).first();
    const affectedId = await table(page).locator('tbody tr', { has: page.getByRole('button', { name: 'Why?' }) }).first().getAttribute('data-row-id');
    await why.press('Enter');
    await poll(() => page.getByTestId('simulation-panel').locator(`[data-party-id="${affectedId}"] button[aria-pressed="true"]`).count()).toBe(1);
    await saveScreenshot(page, 'table-simulation');
    await page.getByTestId('clear-simulation').press('Enter');
    await poll(() => table(page).locator('thead th', { hasText: 'Impact' }).count()).toBe(0);
  }, 90_000);

  it('edits a cell from the keyboard as the side panel would, and says why a value is refused', async () => {
    const { page } = app();
    const typeCell = () => row(page, 'Nursing Services').getByRole('button', { name: /^Type of Nursing Services:/ });
    const activeLabel = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('aria-label') ?? '');
    await typeCell().press('Enter');
    await poll(activeLabel).toBe('Type of Nursing Services');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('nursing department');
    await page.keyboard.press('Enter');
    await poll(() => typeCell().innerText()).toBe('nursing department');
    await waitForIdle(page);
    expect(await activeLabel()).toMatch(/^Type of Nursing Services: nursing department/);
    // The side panel shows the same party changed.
    await row(page, 'Nursing Services').getByRole('button', { name: 'Nursing Services', exact: true }).press('Enter');
    await poll(() => page.getByTestId('party-editor').innerText()).toContain('nursing department');

    // A refused value stays, with the reason; Escape puts the old one back and keeps the selection.
    const selectedBefore = await page.getByTestId('simulate-withdrawal').innerText();
    await typeCell().press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await poll(() => row(page, 'Nursing Services').getByRole('alert').count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => typeCell().innerText()).toBe('nursing department');
    expect(await page.getByTestId('simulate-withdrawal').innerText()).toBe(selectedBefore);
    await page.keyboard.press('Control+z');
    await poll(() => typeCell().innerText()).not.toBe('nursing department');
  }, 60_000);

  it('opens a party by its name, follows the map’s focus and deletes checked rows with undo', async () => {
    const { page } = app();
    await row(page, 'Dietary Services').getByRole('button', { name: 'Dietary Services', exact: true }).press('Enter');
    await poll(() => page.getByTestId('party-name').inputValue()).toBe('Dietary Services');

    // Focus on the selection: the table shows what the map shows.
    await page.getByTestId('focus-mode').press('Enter');
    await poll(() => rows(page).count()).toBeLessThan(41);
    expect(await row(page, 'Dietary Services').count()).toBe(1);
    await page.getByTestId('focus-mode').press('Enter');
    await poll(() => rows(page).count()).toBe(41);

    await page.getByTestId('table-delete').press('Enter');
    await poll(() => page.locator('dialog[open]').innerText()).toContain('Dietary Services');
    await page.getByTestId('confirm-delete').press('Enter');
    await poll(() => rows(page).count()).toBe(40);
    expect(await row(page, 'Dietary Services').count()).toBe(0);
    await page.getByTestId('table-filter').press('Control+z');
    await poll(() => rows(page).count()).toBe(40);
    await table(page).getByRole('button', { name: 'Name' }).press('Control+z');
    await poll(() => rows(page).count()).toBe(41);
  }, 90_000);
});
