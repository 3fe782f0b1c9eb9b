// Saved views in the browser (issue 15), on the real app and database: a program director sets
// the map up for the board — a saved scenario shown, trust lines hidden, the hospital collapsed,
// a party moved, the camera placed — saves it as a view in the sidebar, changes everything, reloads
// the app, and gets the whole view back in one click.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { HOSPITAL } from './hospitalNetwork';
import { drag, idle, openDocument, poll, probeOf, selectBySearch, stored } from './mapHelpers';

const app = useBrowserApp();

const canvasData = (page: Page, name: string) => page.getByTestId('graph-canvas').getAttribute(`data-${name}`);

describe('saved views', () => {
  it('saves what the map shows and shows it again after a reload', async () => {
    const { page } = app();
    const networkId = await openDocument(page, HOSPITAL);
    await poll(() => canvasData(page, 'node-count')).toBe('9');

    // A saved scenario on the map: County Transit leaves.
    await selectBySearch(page, 'County Transit');
    await page.getByTestId('simulate-withdrawal').click();
    const panel = page.getByTestId('simulation-panel');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toContain('County Transit');
    await panel.getByTestId('scenario-name').fill('Transit leaves');
    await panel.getByTestId('save-scenario').click();
    await poll(() => panel.getByTestId('save-scenario-message').innerText()).toContain('Saved as “Transit leaves”');

    // Trust lines hidden, the hospital collapsed, the clients moved, the camera zoomed in.
    await page.getByTestId('toggle-filters').click();
    await page.getByTestId('filter-kind-TRUSTS').uncheck();
    await page.getByTestId('toggle-filters').click();
    await poll(() => canvasData(page, 'visible-edge-count')).toBe('7');
    await page.getByTestId('open-analysis').click();
    await selectBySearch(page, 'Cedar Bend');
    await page.getByTestId('toggle-collapsed').click();
    await poll(() => canvasData(page, 'node-count')).toBe('4');
    await page.getByTestId('fit').click();
    await page.waitForTimeout(300);
    const clients = await probeOf(page, 'clients');
    await drag(page, clients, { x: clients.x - 120, y: clients.y + 30 });
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'clients')?.x).not.toBe(700);
    const movedTo = (await stored(page, networkId)).parties.find((party) => party.id === 'clients')!;
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height - 40);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(400);
    const camera = { zoom: Number(await canvasData(page, 'zoom')), panX: Number(await canvasData(page, 'pan-x')) };

    // Save it in the sidebar.
    const views = page.getByTestId('saved-views');
    await views.getByTestId('save-view').click();
    await views.getByTestId('view-name').fill('For the board');
    await views.getByTestId('view-save-submit').click();
    const item = views.locator('[data-testid="saved-view"][data-view-name="For the board"]');
    await poll(() => item.innerText()).toContain('1 filter · 1 organisation collapsed · scenario “Transit leaves”');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'views-saved');

    // Change everything: filters back, hospital open, simulation cleared, the clients elsewhere, the map fitted.
    await page.getByTestId('clear-simulation').click();
    await page.getByTestId('toggle-filters').click();
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.getByTestId('toggle-filters').click();
    await page.getByTestId('fit').click();
    await page.waitForTimeout(300);
    const collapsedBox = await probeOf(page, 'cbm');
    await page.mouse.dblclick(collapsedBox.x, collapsedBox.y);
    await poll(() => canvasData(page, 'node-count')).toBe('9');
    await page.getByTestId('fit').click();
    await page.waitForTimeout(300);
    const clientsNow = await probeOf(page, 'clients');
    await drag(page, clientsNow, { x: clientsNow.x + 60, y: clientsNow.y - 150 });
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'clients')?.x).not.toBe(movedTo.x);
    await idle(page);

    // After a reload, one click brings the whole view back.
    await page.reload();
    await poll(() => page.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
    await page.locator(`[data-testid="network-item"][data-network-id="${networkId}"]`).click();
    await poll(() => canvasData(page, 'node-count')).toBe('9');
    await poll(() => canvasData(page, 'simulation')).toBe('none');
    await page.locator('[data-testid="saved-view"][data-view-name="For the board"]').getByTestId('show-view').click();
    await poll(() => canvasData(page, 'node-count')).toBe('4');
    await poll(() => canvasData(page, 'visible-edge-count')).toBe('7');
    await poll(() => canvasData(page, 'simulation')).toBe('shown');
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'clients')).toMatchObject({ x: movedTo.x, y: movedTo.y });
    expect(Number(await canvasData(page, 'zoom'))).toBeCloseTo(camera.zoom, 3);
    expect(Number(await canvasData(page, 'pan-x'))).toBeCloseTo(camera.panX, 0);
    // Showing the view is one undoable step for the places.
    await poll(() => page.getByTestId('undo').getAttribute('title')).toContain('Show view “For the board”');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'views-restored');
  }, 240_000);
});
