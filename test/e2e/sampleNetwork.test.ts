// A first-time user in browser mode: the app opens, shows it is connected, loads the sample
// network and draws every party and relationship of it.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { networkDocumentSchema } from '../../shared/domain';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample } from '../support/pageHelpers';

const app = useBrowserApp();

describe('browser mode, first start', () => {
  it('loads the sample network and draws all of it', async () => {
    const { page } = app();
    const sample = networkDocumentSchema.parse(
      JSON.parse(await readFile(join(process.cwd(), 'resources', 'sample', 'rural-behavioral-health.json'), 'utf8')),
    );

    await loadSample(page);

    const canvas = page.getByTestId('graph-canvas');
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-element-count')), { timeout: 30_000 })
      .toBe(sample.parties.length + sample.relationships.length);
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(sample.parties.length);
    expect(Number(await canvas.getAttribute('data-edge-count'))).toBe(sample.relationships.length);
    await expect.poll(() => page.getByTestId('network-list').innerText()).toContain(sample.network.name);
    await saveScreenshot(page, 'sample-network');
  }, 90_000);

  it('explains a wrong server address in the database settings and keeps the working database', async () => {
    const { page } = app();
    await page.getByTestId('open-database-settings').click();
    const dialog = page.getByTestId('database-settings');
    await dialog.getByLabel('On a Neo4j server').check();
    await dialog.getByLabel('Server address').fill('bolt://127.0.0.1:9');
    await dialog.getByLabel('Password').fill('not-the-password');
    await page.getByTestId('database-settings-connect').click();
    await expect.poll(() => page.getByTestId('database-settings-problem').innerText(), { timeout: 20_000 }).toMatch(/Could not reach a Neo4j server at bolt:\/\/127\.0\.0\.1:9/);
    await expect.poll(() => dialog.getByLabel('Server address').inputValue()).toBe('bolt://127.0.0.1:9');
    await saveScreenshot(page, 'database-settings-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/connected/i);
  }, 60_000);

  it('refuses API calls without the per-run token', async () => {
    const origin = new URL(app().url).origin;
    const response = await fetch(`${origin}/api/listNetworks`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.message).toMatch(/access token/);
  });
});
