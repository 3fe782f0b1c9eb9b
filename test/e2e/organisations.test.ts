// Organisations in the browser (issue 15), on the real app and database: a hospital drawn as a box
// around its departments, collapsed into one box whose bundled relationships are counted and
// expanded again with a double-click, a partner dragged into the box and out again (membership
// saved each time), and the hospital withdrawn as a whole, its harm grouped and ranked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkDocumentInput } from '../../shared/domain';
import { saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';
import { drag, idle, openDocument, poll, probe, probeOf, selectBySearch, stored } from './mapHelpers';

let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp();
}, 90_000);
afterAll(async () => {
  await app?.close();
});

const department = (id: string, name: string, x: number, y: number) => ({ id, name, side: 'internal' as const, type: 'hospital unit/department', x, y, partOf: 'cbm' });

export const HOSPITAL: NetworkDocumentInput = {
  format: 'careweave.network',
  formatVersion: 1,
  network: { name: 'Cedar Bend hospital and partners' },
  parties: [
    { id: 'cbm', name: 'Cedar Bend Memorial Hospital', side: 'internal', type: 'healthcare provider', x: 300, y: 250 },
    department('ed', 'Emergency Department', 220, 180),
    department('pharmacy', 'Pharmacy', 380, 180),
    department('nursing', 'Nursing', 220, 320),
    department('social', 'Social Work', 380, 320),
    department('dietary', 'Dietary', 300, 250),
    { id: 'transit', name: 'County Transit', side: 'internal', type: 'community agency', x: 700, y: 180 },
    { id: 'clients', name: 'IOP clients', side: 'external', type: 'client', x: 700, y: 380 },
    { id: 'families', name: 'Family caregivers', side: 'external', type: 'family/caregiver', x: 560, y: 480 },
  ],
  relationships: [
    { id: 'r1', kind: 'RELIES_ON', source: 'clients', target: 'ed', service: 'crisis care', criticality: 5, substitutability: 'none' },
    { id: 'r2', kind: 'RELIES_ON', source: 'clients', target: 'social', service: 'case management', criticality: 4, substitutability: 'limited' },
    { id: 'r3', kind: 'RELIES_ON', source: 'ed', target: 'pharmacy', service: 'stat orders', criticality: 5, substitutability: 'limited' },
    { id: 'r4', kind: 'RELIES_ON', source: 'nursing', target: 'pharmacy', service: 'medication', criticality: 4, substitutability: 'none' },
    { id: 'r5', kind: 'RESOURCE_FLOW', source: 'transit', target: 'clients', resource: 'transport', amount: 40, unit: 'rides', period: 'month' },
    { id: 'r6', kind: 'RELIES_ON', source: 'social', target: 'transit', service: 'client transport', criticality: 3, substitutability: 'limited' },
    { id: 'r7', kind: 'RELIES_ON', source: 'families', target: 'nursing', service: 'respite', criticality: 3, substitutability: 'limited' },
    { id: 'r8', kind: 'TRUSTS', source: 'transit', target: 'cbm', level: 4 },
  ],
};

const counts = async (page: Page) => {
  const canvas = page.getByTestId('graph-canvas');
  return `${await canvas.getAttribute('data-node-count')} nodes, ${await canvas.getAttribute('data-edge-count')} edges`;
};

describe('organisations on the map', () => {
  it('collapses and expands a hospital, moves a partner in and out, and withdraws the hospital whole', async () => {
    const { page } = app;
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
