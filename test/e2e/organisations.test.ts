// Organisations in the browser (issue 15), on the real app and database: a hospital drawn as a box
// around its departments, collapsed into one box whose bundled relationships are counted and
// expanded again with a double-click, a partner dragged into the box and out again (membership
// saved each time), and the hospital withdrawn as a whole, its harm grouped and ranked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { HOSPITAL } from './hospitalNetwork';
import { drag, idle, openDocument, poll, probe, probeOf, selectBySearch, stored } from './mapHelpers';

const app = useBrowserApp();

const counts = async (page: Page) => {
  const canvas = page.getByTestId('graph-canvas');
  return `${await canvas.getAttribute('data-node-count')} nodes, ${await canvas.getAttribute('data-edge-count')} edges`;
};

describe('organisations on the map', () => {
  it('collapses and expands a hospital, moves a partner in and out, and withdraws the hospital whole', async () => {
    const { page } = app();
    const networkId = await openDocument(page, HOSPITAL);
    await poll(() => counts(page)).toBe('9 nodes, 8 edges');
    await page.getByTestId('fit').click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await saveScreenshot(page, 'organisations-expanded');
    // The hospital is drawn as a box around its departments: Cytoscape places it from them.
    const box = await probeOf(page, 'cbm');
    expect(box.width).toBeGreaterThan(160);

    // Collapse from the side panel: the departments fold into the box, their relationships into counted bundles.
    await selectBySearch(page, 'Cedar Bend');
    const section = page.getByTestId('organisation-section');
    await poll(() => section.getByTestId('organisation-members').innerText()).toContain('5 departments');
    await section.getByTestId('toggle-collapsed').click();
    // cbm, transit, clients, families; bundles clients→cbm (reliance ×2), cbm→transit (reliance),
    // transit→cbm (resource flow to the clients stays; trust is the hospital's own), families→cbm.
    await poll(() => counts(page)).toBe('4 nodes, 5 edges');
    await page.getByTestId('fit').click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await saveScreenshot(page, 'organisations-collapsed');
    const collapsed = await probeOf(page, 'cbm');
    expect(collapsed.label).toContain('5 departments · 6 relationships');

    // Double-click the collapsed box: it opens again.
    await page.mouse.dblclick(collapsed.x, collapsed.y);
    await poll(() => counts(page)).toBe('9 nodes, 8 edges');

    // Drag County Transit into the hospital's box: it becomes part of it.
    await page.getByTestId('fit').click();
    await page.waitForTimeout(300);
    const transit = await probeOf(page, 'transit');
    const pharmacy = await probeOf(page, 'pharmacy');
    const ed = await probeOf(page, 'ed');
    await drag(page, transit, { x: (pharmacy.x + ed.x) / 2, y: pharmacy.y });
    await idle(page);
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'transit')?.partOf).toBe('cbm');
    // Cytoscape redraws it inside the box (a new element); a drag must wait for that one.
    await poll(async () => (await probeOf(page, 'transit')).parent).toBe('cbm');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'organisations-dragged-in');

    // And out again, far to the right: it leaves.
    const inside = await probeOf(page, 'transit');
    const canvasBox = (await page.getByTestId('graph-canvas').boundingBox())!;
    await drag(page, inside, { x: canvasBox.x + canvasBox.width - 60, y: canvasBox.y + 80 });
    await idle(page);
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'transit')?.partOf).toBeNull();
    // Undo puts it back in, in one step with its place.
    await page.getByTestId('undo').click();
    await idle(page);
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'transit')?.partOf).toBe('cbm');
    await page.getByTestId('redo').click();
    await idle(page);
    await poll(async () => (await stored(page, networkId)).parties.find((party) => party.id === 'transit')?.partOf).toBeNull();

    // Withdraw the hospital: it leaves with its five departments, and the harm is told by organisation.
    await selectBySearch(page, 'Cedar Bend');
    await page.getByTestId('simulate-withdrawal').click();
    const panel = page.getByTestId('simulation-panel');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toBe('If Cedar Bend Memorial Hospital withdraws, with its 5 departments');
    await poll(() => panel.getByTestId('organisation-harm').innerText()).toContain('Cedar Bend Memorial Hospital: 5 of 5 departments withdrawn');
    await poll(async () => (await probe(page)).filter((node) => node.classes.includes('sim-withdrawn')).length).toBe(6);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'organisations-withdrawn');

    // Rank organisations by harm.
    await page.getByRole('tab', { name: /Who matters most/ }).click();
    await page.getByTestId('criticality-scope-organisations').click();
    await poll(() => page.getByTestId('criticality-row').count(), 30_000).toBe(1);
    expect(await page.getByTestId('criticality-row').first().innerText()).toContain('with 5 departments');
  }, 240_000);
});
