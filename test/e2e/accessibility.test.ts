// Usable by everyone (issue 17): axe-core finds no WCAG 2.1 A/AA violation on any main screen
// of the app — the map, the side panel for a party and a relationship, the filters, every
// dialog, the analysis panel's three tabs, the table and the Arrange menu.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample, pick, poll } from '../support/pageHelpers';

const app = useBrowserApp();

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect.soft(await axeViolations(page), screen).toEqual([]);
}

// Escape closes an open list first (the combobox pattern), then the dialog.
async function closeDialog(page: Page): Promise<void> {
  for (let press = 0; press < 3 && (await page.locator('dialog[open]').count()) > 0; press++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  expect(await page.locator('dialog[open]').count()).toBe(0);
}

describe('axe on every main screen', () => {
  it('finds nothing on the start screen and the map', async () => {
    const { page } = app();
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 60_000 });
    // The harness sees a real fault: an image without a text alternative.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { body: { append(node: unknown): void }; createElement(tag: string): { id: string; src: string } } };
      const image = document.createElement('img');
      image.id = 'axe-probe';
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
    });
    expect((await axeViolations(page)).some((violation) => violation.startsWith('image-alt'))).toBe(true);
    await page.evaluate(() => (globalThis as unknown as { document: { getElementById(id: string): { remove(): void } | null } }).document.getElementById('axe-probe')?.remove());
    await expectNoViolations(page, 'start');
    await loadSample(page);
    await expectNoViolations(page, 'map');
  }, 120_000);

  it('finds nothing in the side panel, the filters and the Arrange menu', async () => {
    const { page } = app();
    await pick(page, 'search', 'Senior Intensive');
    await poll(() => page.getByTestId('party-editor').isVisible()).toBe(true);
    await expectNoViolations(page, 'party');
    await page.getByTestId('party-relationships').locator('.relationship-line').first().click();
    await poll(() => page.getByTestId('relationship-editor').isVisible()).toBe(true);
    // Following the link put the keyboard on the new heading, not on the page.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('relationship-editor-title');
    await expectNoViolations(page, 'relationship');
    await page.getByTestId('toggle-filters').click();
    await expectNoViolations(page, 'filters');
    await page.getByTestId('toggle-filters').click();
    await page.getByTestId('arrange').click();
    await expectNoViolations(page, 'arrange menu');
    await page.keyboard.press('Escape');
  }, 120_000);

  it('finds nothing in the dialogs', async () => {
    const { page } = app();
    for (const [open, name] of [
      ['add-party', 'add party'],
      ['add-relationship', 'add relationship'],
      ['export-network', 'export'],
      ['board-report', 'board report'],
      ['import-into-network', 'import'],
      ['open-database-settings', 'database settings'],
    ] as const) {
      await page.getByTestId(open).click();
      await poll(() => page.locator('dialog[open]').count()).toBe(1);
      await expectNoViolations(page, name);
      await closeDialog(page);
    }
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expectNoViolations(page, 'shortcuts');
    await closeDialog(page);
  }, 180_000);

  it('finds nothing in the withdrawal analysis and the table', async () => {
    const { page } = app();
    await pick(page, 'search', 'Lanternway');
    await page.getByTestId('simulate-withdrawal').click();
    await poll(() => page.getByTestId('graph-canvas').getAttribute('data-simulation'), 30_000).toBe('shown');
    await expectNoViolations(page, 'simulation');
    for (const tab of ['scenarios', 'criticality'] as const) {
      await page.getByTestId(`analysis-tab-${tab}`).click();
      await expectNoViolations(page, `analysis: ${tab}`);
    }
    await page.getByTestId('analysis-tab-results').click();
    await page.getByTestId('map-show').selectOption('both');
    await poll(() => page.getByTestId('party-table').isVisible()).toBe(true);
    await expectNoViolations(page, 'table');
    await page.getByTestId('table-tab-relationships').click();
    await expectNoViolations(page, 'relationship table');
    await saveScreenshot(page, 'a11y-table');
    await page.getByTestId('map-show').selectOption('map');
  }, 120_000);
});
