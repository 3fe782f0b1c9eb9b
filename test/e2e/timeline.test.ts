// Relationships over time in the app (issue 12), in browser mode on the real app and database:
// the sample network as of a day with the timeline slider (ended agreements fade, trust shows as
// assessed then), "what if the agreements ending before 30 June 2027 are not renewed" simulated
// and saved as a scenario that reopens, one agreement ended from its context menu, and the care
// log and trust history in the side panel. Screenshots go to test-results/e2e/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample } from '../support/pageHelpers';

const app = useBrowserApp();

type ProbeEdge = { relationshipId: string; classes: string[]; opacity: number; trustBand: number | null; x: number; y: number };
const edges = (page: Page) => page.evaluate(() => (globalThis as unknown as { careweaveEdgeProbe?: () => ProbeEdge[] }).careweaveEdgeProbe?.() ?? []);
const edge = async (page: Page, id: string) => (await edges(page)).find((candidate) => candidate.relationshipId === id);
const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

// The sample's agreements not in effect on 30 June 2027: Evergrove's management agreement (five
// relationships, ended 31 March 2027), Harlan Rides' IOP rides (30 September 2026), the board's
// transit grant (31 December 2026) and Prairie View's pharmacy contract (31 May 2027). The
// telepsychiatry coverage ended on 31 December 2026 too, but renews.
const ENDED_BY_MID_2027 = ['r-020', 'r-030', 'r-031', 'r-044', 'r-055', 'r-058', 'r-072', 'r-075'];

async function setDay(page: Page, day: string): Promise<void> {
  await page.getByTestId('timeline-day').fill(day);
  await poll(() => page.getByTestId('graph-canvas').getAttribute('data-as-of')).toBe(day);
}

describe('relationships over time', () => {
  it('shows the network as of a day: ended agreements fade, trust as assessed then', async () => {
    const { page } = app();
    await loadSample(page);
    const canvas = page.getByTestId('graph-canvas');

    // The whole network's care log shows while nothing is selected, newest first.
    await poll(() => page.getByTestId('care-log').getByTestId('care-log-entry').count()).toBe(5);
    await page.getByTestId('timeline-open').click();
    await setDay(page, '2027-06-30');
    await poll(async () => Number(await canvas.getAttribute('data-out-of-term-count'))).toBe(ENDED_BY_MID_2027.length);
    const faded = (await edges(page)).filter((candidate) => candidate.classes.includes('cw-out-of-term'));
    expect(faded.map((candidate) => candidate.relationshipId).sort()).toEqual(ENDED_BY_MID_2027);
    expect(faded.every((candidate) => candidate.opacity < 0.3)).toBe(true);
    expect((await edge(page, 'r-022'))?.classes).not.toContain('cw-out-of-term');
    await expect.poll(() => page.getByTestId('timeline-sentence').innerText()).toBe('The network on 30 June 2027: 8 agreements have ended (faded); trust as assessed then.');
    await saveScreenshot(page, 'timeline-2027-06-30');

    // Hospital administration's trust in Evergrove was 4 in mid-2024, 2 since January 2026.
    await setDay(page, '2024-08-01');
    await poll(async () => (await edge(page, 'r-097'))?.trustBand).toBe(4);
    // The new Medicaid plan contract starts on 1 July 2026; Evergrove's had started in 2023.
    expect((await edge(page, 'r-053'))?.classes).toContain('cw-out-of-term');
    expect((await edge(page, 'r-020'))?.classes).not.toContain('cw-out-of-term');
    await expect.poll(() => page.getByTestId('timeline-sentence').innerText()).toMatch(/^The network on 1 August 2024: .*not started \(faded\)/);
    await setDay(page, '2026-02-01');
    await poll(async () => (await edge(page, 'r-097'))?.trustBand).toBe(2);

    // The slider moves the day: its far left is before everything the network dates.
    await page.getByTestId('timeline-slider').focus();
    await page.keyboard.press('Home');
    await poll(() => canvas.getAttribute('data-as-of')).toBe('2023-02-17');
    // Before Evergrove's agreement started, and before any dated trust rating was made.
    await poll(async () => Number(await canvas.getAttribute('data-out-of-term-count'))).toBeGreaterThan(40);
    expect((await edge(page, 'r-020'))?.classes).toContain('cw-out-of-term');
    expect((await edge(page, 'r-097'))?.classes).toContain('cw-out-of-term');
    await saveScreenshot(page, 'timeline-slider-start');
  }, 120_000);

  it('simulates the agreements ending before 30 June 2027 not being renewed, and saves it as a scenario', async () => {
    const { page } = app();
    await setDay(page, '2027-06-30');
    await page.getByTestId('simulate-date').click();
    const panel = page.getByTestId('simulation-panel');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toBe('If the agreements ending before 30 June 2027 are not renewed');
    const agreements = panel.getByTestId('withdrawn-agreements');
    await poll(() => agreements.innerText()).toContain('Withdrawn agreements: 8 end while both parties stay');
    await agreements.locator('summary').click();
    expect(await agreements.innerText()).toContain('Senior Intensive Outpatient Program (IOP)\'s reliance on Harlan Rides (county & volunteer transit) for client rides');
    await poll(async () => Number(await panel.getByTestId('summary-affected').innerText())).toBeGreaterThan(0);
    const affected = await panel.getByTestId('summary-affected').innerText();
    await saveScreenshot(page, 'simulate-date');

    await poll(() => page.getByTestId('scenario-name').inputValue()).toBe('Agreements ending before 30 June 2027');
    await page.getByTestId('save-scenario').click();
    await poll(() => page.getByTestId('save-scenario-message').innerText()).toContain('Saved as “Agreements ending before 30 June 2027”');

    await page.getByTestId('clear-simulation').click();
    await page.getByTestId('analysis-tab-scenarios').click();
    const item = page.locator('[data-scenario-name="Agreements ending before 30 June 2027"]');
    await poll(() => item.innerText()).toContain('Agreements ending before 30 June 2027 are not renewed');
    await saveScreenshot(page, 'dated-scenario-list');
    await item.getByTestId('open-scenario').click();
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toBe('If the agreements ending before 30 June 2027 are not renewed');
    await poll(() => panel.getByTestId('summary-affected').innerText()).toBe(affected);
    await page.getByTestId('clear-simulation').click();
  }, 60_000);

  it('ends one agreement from its context menu', async () => {
    const { page } = app();
    await page.getByTestId('timeline-close').click();
    await page.getByRole('button', { name: 'Close the analysis panel' }).click();
    const rides = await edge(page, 'r-031');
    if (!rides) throw new Error('the IOP ride agreement is not drawn');
    await page.mouse.click(rides.x, rides.y, { button: 'right' });
    const menu = page.getByTestId('relationship-menu');
    await poll(() => menu.innerText()).toContain('Simulate the end of this agreement');
    await saveScreenshot(page, 'relationship-menu');
    await menu.getByTestId('simulate-agreement-end').click();
    const panel = page.getByTestId('simulation-panel');
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toBe('If 1 agreement ends');
    await poll(() => panel.getByTestId('withdrawn-agreements').innerText()).toContain('for client rides');
    await poll(async () => Number(await panel.getByTestId('summary-affected').innerText())).toBeGreaterThan(0);

    // Adding a party from its menu keeps the ended agreement in the question.
    const nodes = await page.evaluate(() => (globalThis as unknown as { careweaveMapProbe?: () => { partyId: string; x: number; y: number }[] }).careweaveMapProbe?.() ?? []);
    const transit = nodes.find((node) => node.partyId === 'p-transit')!;
    await page.mouse.click(transit.x, transit.y, { button: 'right' });
    await page.getByTestId('party-menu').getByRole('menuitem', { name: /^Add .* to the withdrawal$/ }).click();
    await poll(() => panel.getByTestId('simulation-withdrawn').innerText()).toMatch(/^If Harlan Rides .* withdraws and 1 agreement ends$/);
    await page.getByTestId('clear-simulation').click();
    await page.getByRole('button', { name: 'Close the analysis panel' }).click();
  }, 60_000);

  it('keeps a care log and shows trust history in the side panel', async () => {
    const { page } = app();
    await page.getByTestId('search').fill('Evergrove');
    await page.getByTestId('search').press('ArrowDown');
    await page.getByTestId('search').press('Enter');
    const log = page.getByTestId('care-log');
    await poll(() => log.innerText()).toContain('Asked again for the cost model');
    await log.getByTestId('care-log-add').click();
    await page.getByTestId('touchpoint-date').fill('2026-04-02');
    await page.getByTestId('touchpoint-kind').selectOption('meeting');
    await page.getByTestId('touchpoint-note').fill('Quarterly business review: staffing plan for the IOP agreed.');
    await page.getByTestId('touchpoint-owner').fill('Dana Ruiz');
    await page.getByTestId('touchpoint-save').click();
    // Newest first: the April meeting, then the January escalation, then the 2023 signing.
    await poll(async () => (await log.getByTestId('care-log-entry').allInnerTexts()).map((text) => text.split('\n')[0])).toEqual([
      expect.stringContaining('2 April 2026'),
      expect.stringContaining('22 January 2026'),
      expect.stringContaining('20 March 2023'),
    ]);
    await log.getByTestId('care-log-search').fill('staffing');
    await poll(() => log.getByTestId('care-log-entry').count()).toBe(1);
    await saveScreenshot(page, 'care-log');

    await page.getByTestId('inspector').getByText('Hospital Administration (CEO) trusts it').click();
    const history = page.getByTestId('trust-history');
    await poll(() => history.isVisible()).toBe(true);
    await poll(() => page.getByTestId('trust-trend').innerText()).toBe('Falling: 3 → 2 since 10 March 2025.');
    await poll(() => history.getByTestId('trust-assessment').count()).toBe(3);
    await poll(() => page.getByTestId('trust-trend-chart').locator('svg').count()).toBe(1);
    await saveScreenshot(page, 'trust-history');
  }, 60_000);
});
