// A program director asks "what if the management company walks away?" on the sample network,
// in browser mode on the real app and database: simulate from the selection, read the panel
// (patients, clients and families first, each with its chain in words), check the map's
// colouring, move a threshold, save two scenarios and compare them, rank parties by harm, and
// use the keyboard shortcut and the context menu.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample } from '../support/pageHelpers';

const app = useBrowserApp();

type ProbeNode = { partyId: string; classes: string[]; background: string; opacity: number; label: string; width: number; x: number; y: number };

// What the map really draws, read from Cytoscape through the probe the map layer exposes to
// automated browsers. Runs in the page; this file is type-checked without the DOM library.
const probe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { careweaveMapProbe?: () => ProbeNode[] }).careweaveMapProbe?.() ?? []);

const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

const MANAGEMENT = 'p-mgmt-company';
const TELEPSYCH = 'p-telepsych';
const EXTERNAL = ['p-nh-residents-referred', 'p-geri-inpatients', 'p-emergency-hold', 'p-aftercare', 'p-family-caregivers', 'p-iop-clients', 'p-iop-families'];

async function selectBySearch(page: Page, text: string): Promise<void> {
  await page.getByTestId('search').fill(text);
  await page.getByTestId('search').press('ArrowDown');
  await page.getByTestId('search').press('Enter');
}

const withClass = (nodes: ProbeNode[], name: string) => nodes.filter((node) => node.classes.includes(name));
const summary = async (page: Page, id: string) => Number(await page.getByTestId(id).innerText());

describe('withdrawal simulation in the app', () => {
  it('simulates the management company leaving: panel, colouring, thresholds', async () => {
    const { page } = app();
    await loadSample(page);

    await selectBySearch(page, 'Evergrove');
    await page.getByTestId('simulate-withdrawal').click();
    const panel = page.getByTestId('simulation-panel');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toContain('Evergrove Behavioral Management');

    // The summary says the range of outcomes in one sentence, draws the futures, and says the precision once.
    await poll(() => panel.getByTestId('outcome-sentence').innerText()).toMatch(
      /^In 9 of 10 futures, between \d+ and \d+ parties lose what they need \([\d.]+( ±[\d.]+)? expected\), \d+ to \d+ of them patients, clients or families/,
    );
    // The chart library loads on first use, so the bars may come a moment later.
    await poll(() => panel.getByTestId('outcome-chart').locator('svg rect, svg path').count()).toBeGreaterThan(3);
    expect(await panel.getByTestId('outcome-precision').innerText()).toMatch(/^Chances estimated from [\d,]+ simulated futures, each within ±1 percentage point \(95% confidence\)\.$/);

    // Patients, clients and families come first, and the first row is one of them.
    const sections = await panel.locator('[data-testid^="section-"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid')));
    expect(sections).toEqual(['section-external', 'section-others']);
    const firstRow = panel.getByTestId('impact-row').first();
    expect(EXTERNAL).toContain(await firstRow.getAttribute('data-party-id'));
    const externalCount = await summary(page, 'summary-external');
    expect(externalCount).toBeGreaterThan(0);
    expect(await panel.getByTestId('section-external').getByTestId('impact-row').count()).toBe(externalCount);
    // Every row says its chance in words, and explains itself with a chain that ends at the withdrawn company.
    expect(await firstRow.getByTestId('chance-sentence').innerText()).toMatch(/^(>99|\d+)% chance( \(±\d+\))? of losing .+/);
    const sentence = await firstRow.getByTestId('chain-sentence').innerText();
    expect(sentence).toMatch(/←/);
    expect(sentence).toMatch(/Evergrove Behavioral Management \(withdrawn\)$/);

    // The map: withdrawn struck through and grey, affected coloured, the rest faded.
    await poll(async () => withClass(await probe(page), 'sim-withdrawn').map((node) => node.partyId)).toEqual([MANAGEMENT]);
    const nodes = await probe(page);
    const withdrawn = withClass(nodes, 'sim-withdrawn')[0]!;
    expect(withdrawn.label).toContain('\u0336');
    expect(withdrawn.background).toBe('rgb(140,140,140)');
    const affected = await summary(page, 'summary-affected');
    expect(withClass(nodes, 'sim-hit')).toHaveLength(affected);
    expect(new Set(withClass(nodes, 'sim-hit').map((node) => node.background)).size).toBeGreaterThan(1);
    const faded = withClass(nodes, 'sim-unaffected');
    expect(faded.length).toBe(41 - 1 - affected);
    expect(faded.every((node) => node.opacity < 0.5)).toBe(true);
    await expect.poll(() => page.getByTestId('simulation-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('simulation-legend').innerText()).toMatch(/Chance of losing what they need/);

    // Clicking a row highlights its chain on the map and dims the rest.
    await firstRow.locator('.sim-row__head').click();
    await poll(async () => withClass(await probe(page), 'sim-chain').length).toBeGreaterThanOrEqual(2);
    const chainIds = withClass(await probe(page), 'sim-chain').map((node) => node.partyId);
    expect(chainIds).toContain(MANAGEMENT);
    expect(chainIds).toContain(await firstRow.getAttribute('data-party-id'));
    await saveScreenshot(page, 'simulation-management-company');

    // The legend can shrink to one line so it does not hide the clients along the map's foot.
    const legend = page.getByTestId('legend');
    const fullHeight = (await legend.boundingBox())!.height;
    await legend.getByTestId('legend-toggle').click();
    await poll(async () => (await legend.boundingBox())!.height).toBeLessThan(fullHeight / 2);
    await expect.poll(() => legend.innerText()).toMatch(/Internal customer[\s\S]*Reliance[\s\S]*Trust/);
    await saveScreenshot(page, 'simulation-compact-legend');
    await legend.getByTestId('legend-toggle').click();
    await poll(async () => (await legend.boundingBox())!.height).toBe(fullHeight);

    // A higher "affected" threshold updates the panel and the map at once.
    await panel.getByTestId('affected-threshold').fill('0.4');
    await poll(() => panel.getByTestId('affected-threshold-value').innerText()).toBe('40%');
    await poll(() => summary(page, 'summary-affected')).toBeLessThan(affected);
    const fewer = await summary(page, 'summary-affected');
    await poll(async () => withClass(await probe(page), 'sim-hit').length).toBe(fewer);
    await saveScreenshot(page, 'simulation-threshold-40');
  }, 120_000);

  it('saves two scenarios and compares them side by side', async () => {
    const { page } = app();
    const panel = page.getByTestId('simulation-panel');
    await panel.getByTestId('affected-threshold').fill('0.05');
    await panel.getByTestId('scenario-name').fill('Management company leaves');
    await panel.getByTestId('save-scenario').click();
    await poll(() => panel.getByTestId('save-scenario-message').innerText()).toMatch(/Saved as “Management company leaves”/);

    // The keyboard shortcut, on the telepsychiatry group.
    await selectBySearch(page, 'Lanternway');
    // Single-key shortcuts act where the keyboard is on the map (WCAG 2.1.4).
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('w');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toContain('Lanternway Telepsychiatry');
    await poll(async () => withClass(await probe(page), 'sim-withdrawn').map((node) => node.partyId)).toEqual([TELEPSYCH]);
    await panel.getByTestId('scenario-name').fill('Telepsychiatry leaves');
    await panel.getByTestId('save-scenario').click();
    await poll(() => panel.getByTestId('save-scenario-message').innerText()).toMatch(/Saved as/);

    await panel.getByTestId('analysis-tab-scenarios').click();
    await poll(() => panel.getByTestId('scenario-item').count()).toBe(2);
    const choices = panel.getByTestId('scenario-compare-choice');
    await choices.nth(0).check();
    await choices.nth(1).check();
    await panel.getByTestId('compare-scenarios').click();
    const comparison = panel.getByTestId('scenario-comparison');
    await poll(() => comparison.getByTestId('comparison-summary').innerText()).toMatch(/hits \d+ parties/);
    expect(await comparison.getByTestId('comparison-row').count()).toBeGreaterThan(0);
    // The withdrawn company is hit only in its own scenario.
    const onlyInManagement = comparison.locator(`[data-party-id="${MANAGEMENT}"]`);
    expect(await onlyInManagement.count()).toBe(1);
    await comparison.getByTestId('comparison-row').last().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'simulation-scenario-comparison');

    // Reopening a scenario re-runs it.
    await panel.locator('[data-scenario-name="Management company leaves"]').getByTestId('open-scenario').click();
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toContain('Evergrove');
  }, 120_000);

  it('ranks parties by harm, draws them by size on request, and simulates from the context menu', async () => {
    const { page } = app();
    const panel = page.getByTestId('simulation-panel');
    await panel.getByTestId('analysis-tab-criticality').click();
    await panel.getByTestId('run-criticality').click();
    await poll(() => panel.getByTestId('criticality-row').count()).toBe(41);
    // Clear the simulation, so the map shows the ranking alone.
    await page.getByTestId('clear-simulation').click();
    await poll(async () => (await probe(page)).filter((node) => node.classes.some((name) => name.startsWith('sim-'))).length).toBe(0);
    await panel.getByTestId('criticality-size').check();
    await poll(async () => withClass(await probe(page), 'crit-sized').length).toBe(41);
    const widths = (await probe(page)).map((node) => node.width);
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths) * 1.5);
    await saveScreenshot(page, 'simulation-criticality');
    await panel.getByTestId('criticality-size').uncheck();
    await poll(async () => withClass(await probe(page), 'crit-sized').length).toBe(0);

    // Right-click a party and simulate from the menu.
    const transit = (await probe(page)).find((node) => node.partyId === 'p-transit')!;
    await page.mouse.click(transit.x, transit.y, { button: 'right' });
    const menu = page.getByTestId('party-menu');
    await poll(() => menu.getByRole('menuitem').first().innerText()).toBe('Simulate withdrawal of Harlan Rides (county & volunteer transit)');
    await saveScreenshot(page, 'simulation-context-menu-open');
    await menu.getByRole('menuitem').first().click();
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toContain('Harlan Rides');
    await saveScreenshot(page, 'simulation-context-menu-transit');
  }, 120_000);
});
