// Two people rename the same network at once (issue 16, point 10): the second save is refused,
// the dialog shows what the first person saved beside what was typed, and saving again knowingly
// replaces it. Before, the last write silently won.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
});

const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

async function openRenameDialog(page: Page, networkName: string): Promise<void> {
  await page.getByTestId('network-item').filter({ hasText: networkName }).first().click();
  await page.getByTestId('rename-network').click();
  await poll(() => page.getByTestId('rename-network-dialog').isVisible()).toBe(true);
}

describe('renaming a network', () => {
  it('refuses a rename made over someone else’s and shows theirs', async () => {
    const ana = app.page;
    await poll(() => ana.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
    await ana.getByTestId('create-network').first().click();
    const name = `Rename race ${Date.now()}`;
    await ana.getByTestId('new-network-name').fill(name);
    await ana.getByTestId('new-network-submit').click();
    await poll(() => ana.getByRole('heading', { name }).count()).toBeGreaterThan(0);

    const ben = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await ben.goto(app.url);
    await openRenameDialog(ben, name);
    await openRenameDialog(ana, name);

    await ana.getByTestId('rename-network-name').fill('Renamed by Ana');
    await ana.getByTestId('rename-network-submit').click();
    await poll(() => ana.getByTestId('rename-network-dialog').count()).toBe(0);

    await ben.getByTestId('rename-network-name').fill('Renamed by Ben');
    await ben.getByTestId('rename-network-submit').click();
    await poll(() => ben.getByTestId('rename-network-dialog').innerText()).toMatch(/changed elsewhere since you opened its name and description/);
    expect(await ben.getByTestId('rename-network-saved').innerText()).toMatch(/Saved meanwhile: “Renamed by Ana”/);
    expect(await ben.getByTestId('rename-network-name').inputValue()).toBe('Renamed by Ben');
    await saveScreenshot(ben, 'network-rename-conflict');

    await ben.getByTestId('rename-network-submit').click();
    await poll(() => ben.getByTestId('rename-network-dialog').count()).toBe(0);
    await poll(() => ben.getByRole('heading', { name: 'Renamed by Ben' }).count()).toBeGreaterThan(0);
    await ben.close();
  }, 120_000);
});
