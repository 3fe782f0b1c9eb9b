// Usable by everyone (issue 17), without a mouse: a keyboard-only session — load the sample,
// find and edit a party, add a relationship, withdraw two parties, read the result, export —
// then the map's own keys (walk and change the selection, move parties, pan, zoom, a party's
// menu), all with no pointer event at all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkGraph } from '../../shared/domain';
import { saveScreenshot, screenshotPath, useBrowserApp } from '../support/browserApp';
import { nearestInDirection } from '../../renderer/src/core/graph/keyboardNavigation';
import { callApi, poll, probe, waitForIdle } from '../support/pageHelpers';

const app = useBrowserApp();

type Doc = { activeElement: { id: string; tagName: string; getAttribute(name: string): string | null } | null };
const active = (page: Page) =>
  page.evaluate(() => {
    const element = (globalThis as unknown as { document: Doc }).document.activeElement;
    return { testId: element?.getAttribute('data-testid') ?? null, id: element?.id ?? '', tag: element?.tagName ?? 'none' };
  });

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus. */
async function tabTo(page: Page, testId: string, backwards = false, most = 80): Promise<void> {
  for (let press = 0; press < most; press++) {
    if ((await active(page)).testId === testId) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${testId}; the keyboard is on ${JSON.stringify(await active(page))}`);
}

/** Finds a party with Ctrl+F and Enter; the keyboard lands on the map. The party's name as listed. */
async function find(page: Page, text: string): Promise<string> {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
  const listed = await page.locator('[role="option"]').first().innerText();
  await page.keyboard.press('Enter');
  await poll(async () => (await active(page)).testId).toBe('graph-canvas');
  return listed;
}

const announced = (page: Page) => page.getByTestId('announcement').innerText();
/** The parties with the keyboard's ring, and where everything is drawn. */
const ringed = async (page: Page) => (await probe(page)).filter((node) => node.classes.includes('cw-keyfocus')).map((node) => node.partyId);
const camera = async (page: Page) => {
  const canvas = page.getByTestId('graph-canvas');
  return { zoom: Number(await canvas.getAttribute('data-zoom')), panX: Number(await canvas.getAttribute('data-pan-x')), panY: Number(await canvas.getAttribute('data-pan-y')) };
};
/** The camera once it has come to rest (it glides to a party the keyboard goes to). */
async function stillCamera(page: Page) {
  let last = '';
  await poll(async () => {
    const now = JSON.stringify(await camera(page));
    const still = now === last;
    last = now;
    await page.waitForTimeout(150);
    return still;
  }).toBe(true);
  return camera(page);
}
/** What the map draws once the camera has come to rest. */
async function stillProbe(page: Page) {
  await stillCamera(page);
  return probe(page);
}
function named(nodes: Awaited<ReturnType<typeof probe>>, name: string) {
  // Withdrawn parties' names are struck through with a combining long stroke.
  const found = nodes.find((node) => node.label.replaceAll('\u0336', '').startsWith(name));
  if (!found) throw new Error(`No party drawn as ${name}…: ${nodes.map((node) => node.label).join(' | ')}`);
  return found;
}

describe('the keyboard alone', () => {
  it('loads the sample, edits a party, adds a relationship, withdraws two parties, reads the result and exports', async () => {
    const { page } = app();
    await page.evaluate(() => {
      const scope = globalThis as unknown as { pointerEvents: number; addEventListener(type: string, listener: () => void, capture: boolean): void };
      scope.pointerEvents = 0;
      for (const type of ['pointerdown', 'mousedown', 'mouseup']) scope.addEventListener(type, () => (scope.pointerEvents += 1), true);
    });
    await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 60_000 });

    // Load the sample (a copy, when another test's is in the shared database).
    await page.getByTestId('load-sample').or(page.getByTestId('sidebar-load-sample')).first().waitFor({ timeout: 30_000 });
    const target = (await page.getByTestId('load-sample').count()) > 0 ? 'load-sample' : 'sidebar-load-sample';
    await tabTo(page, target);
    await page.keyboard.press('Enter');
    const copy = page.getByTestId('sample-copy-dialog');
    await copy.or(page.getByTestId('graph-canvas')).first().waitFor({ timeout: 30_000 });
    if (await copy.isVisible()) await page.keyboard.press('Enter');
    await page.locator('[data-testid="graph-canvas"][data-node-count="41"]').waitFor({ timeout: 30_000 });
    expect((await active(page)).tag).not.toBe('BODY');

    // Find a party and edit it.
    await find(page, 'Dietary');
    await page.keyboard.press('Enter');
    await poll(async () => (await active(page)).testId).toBe('party-name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Dietary Services (kitchen)');
    await page.keyboard.press('Tab');
    await poll(() => page.getByTestId('party-editor').innerText()).toContain('Saved');

    // Add a relationship from it: the other end picked from a list.
    expect(await find(page, 'Dietary')).toContain('Dietary Services (kitchen)');
    await page.keyboard.press('r');
    await poll(async () => (await active(page)).testId).toBe('rel-target');
    await page.keyboard.type('Nursing Services');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('rel-summary').innerText()).toContain('Nursing Services');
    await tabTo(page, 'rel-kind-RELIES_ON');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'new-relationship-submit');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('dialog[open]').count()).toBe(0);
    await poll(() => page.getByTestId('relationship-editor').innerText()).toMatch(/Trust/);
    expect(await page.getByTestId('relationship-editor').innerText()).toContain('Nursing Services');

    // Withdraw two parties: one found, the nearest below it added with Shift+arrow — from the
    // party found, not from where the keyboard was on the map before the search.
    await find(page, 'Nursing Services');
    await page.keyboard.press('ArrowUp');
    await poll(() => announced(page)).toMatch(/relationships\.$/);
    await find(page, 'Lanternway');
    await page.keyboard.press('Shift+ArrowDown');
    await poll(() => announced(page)).toMatch(/selected/);
    const nodes = await stillProbe(page);
    const lanternway = named(nodes, 'Lanternway');
    const drawn = nodes.map((node) => ({ id: node.partyId, x: node.x, y: node.y }));
    expect(await ringed(page)).toEqual([nearestInDirection(drawn, { id: lanternway.partyId, x: lanternway.x, y: lanternway.y }, 'down')!.id]);
    await saveScreenshot(page, 'keyboard-focus');
    // Close up: the keyboard's ring on the party below, the selection's on Lanternway.
    const ring = nodes.find((node) => node.classes.includes('cw-keyfocus'))!.box;
    await page.screenshot({ path: await screenshotPath('keyboard-focus-close'), clip: { x: Math.min(ring.left, lanternway.box.left) - 40, y: lanternway.box.top - 40, width: 260, height: Math.max(ring.bottom, lanternway.box.bottom) - lanternway.box.top + 80 } });
    await page.keyboard.press('w');
    await poll(() => page.getByTestId('simulation-withdrawn').innerText(), 30_000).toContain('Lanternway Telepsychiatry');
    // The result is announced and the keyboard is on its heading.
    await poll(() => page.getByTestId('announcement').innerText(), 30_000).toMatch(/^Simulation of .+ withdrawing: \d+ affected, \d+ disrupted/);
    expect((await active(page)).id).toBe('sim-panel-title');
    // Escape closes the analysis without clearing the selection.
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('simulation-panel').count()).toBe(0);
    expect(await page.getByTestId('simulate-withdrawal').innerText()).toMatch(/2 parties/);

    // Export a picture.
    await tabTo(page, 'export-network', true);
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('export-dialog').isVisible()).toBe(true);
    expect((await active(page)).testId).toBe('export-format-png');
    await tabTo(page, 'export-submit');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.keyboard.press('Escape');
    await poll(async () => (await active(page)).testId).toBe('export-network');

    expect(await page.evaluate(() => (globalThis as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
  }, 240_000);

  // Goes on from the session above, on the same page: Lanternway and its neighbour selected.
  it('walks the selection, selects, moves parties, pans, zooms and opens a party’s menu', async () => {
    const { page } = app();
    await find(page, 'Lanternway');
    await page.keyboard.press('Shift+ArrowDown');
    await poll(() => announced(page)).toMatch(/selected/);
    const [lanternway, neighbour] = [named(await stillProbe(page), 'Lanternway').partyId, (await ringed(page))[0]!];
    // Tab walks the selection; Shift+Tab goes back to Lanternway.
    await page.keyboard.press('Shift+Tab');
    await poll(() => ringed(page)).toEqual([lanternway]);
    expect(await announced(page)).toMatch(/^Lanternway Telepsychiatry.*, selected\./);
    await page.keyboard.press('Tab');
    await poll(() => ringed(page)).toEqual([neighbour]);
    await page.keyboard.press('Shift+Tab');
    // Space takes it out of the selection and puts it back.
    await page.keyboard.press('Space');
    await poll(() => page.getByTestId('simulate-withdrawal').innerText()).toBe('Simulate withdrawal');
    await page.keyboard.press('Space');
    await poll(() => page.getByTestId('simulate-withdrawal').innerText()).toMatch(/2 parties/);

    // Alt+arrows move both selected parties, 20 map units a press, and the places are saved.
    const networkId = (await page.getByTestId('graph-canvas').getAttribute('data-network-id'))!;
    const storedX = async () => {
      const graph = await callApi<NetworkGraph>(page, 'getNetwork', { id: networkId });
      return [lanternway, neighbour].map((id) => graph.parties.find((party) => party.id === id)!.x!);
    };
    const before = await storedX();
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await waitForIdle(page);
    // A press lands on whole units, so within a unit of 40.
    await poll(async () => (await storedX()).map((x, at) => Math.abs(x - before[at]! - 40) <= 1)).toEqual([true, true]);

    // Ctrl+arrows pan, + and − zoom.
    const start = await stillCamera(page);
    await page.keyboard.press('Control+ArrowLeft');
    await poll(async () => (await camera(page)).panX).toBeCloseTo(start.panX + 80, 0);
    await page.keyboard.press('+');
    await poll(async () => (await camera(page)).zoom).toBeCloseTo(start.zoom * 1.25, 3);
    await page.keyboard.press('-');
    await poll(async () => (await camera(page)).zoom).toBeCloseTo(start.zoom, 3);

    // Shift+F10 opens the party's menu on its first item; arrows move; Escape closes the menu
    // alone (the selection stays) and the keyboard is back on the map. The Menu key and Tab too.
    await page.keyboard.press('Shift+F10');
    const menu = page.getByTestId('party-menu');
    await poll(() => menu.getAttribute('aria-label')).toBe('Actions for Lanternway Telepsychiatry');
    const focusedItem = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent ?? '');
    expect(await focusedItem()).toBe('Simulate withdrawal of Lanternway Telepsychiatry');
    await page.keyboard.press('ArrowDown');
    expect(await focusedItem()).toBe('Simulate withdrawal of the 2 selected parties');
    await page.keyboard.press('ArrowDown');
    expect(await focusedItem()).toBe('Simulate withdrawal of Lanternway Telepsychiatry');
    await page.keyboard.press('Escape');
    await poll(() => menu.count()).toBe(0);
    expect((await active(page)).testId).toBe('graph-canvas');
    expect(await page.getByTestId('simulate-withdrawal').innerText()).toMatch(/2 parties/);
    await page.keyboard.press('ContextMenu');
    await poll(() => menu.count()).toBe(1);
    await page.keyboard.press('Tab');
    await poll(() => menu.count()).toBe(0);
    expect((await active(page)).testId).toBe('graph-canvas');

    expect(await page.evaluate(() => (globalThis as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
  }, 120_000);
});
