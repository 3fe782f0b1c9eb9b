// Network insight's dashboard redraw in the real app (issue 11): on the sample network in headless
// Chromium, a party is deleted and the delete undone, again and again; each edit is timed from the
// moment the open network changes to the dashboard drawn again (its report from the insight
// worker, four charts, scores and warnings: the app's own 'careweave:insight-redraw' measure), and
// to the harm ranking in ('careweave:insight-harm'). Target: redraw under 100 ms. Prints one JSON
// document; needs `npx electron-vite build` first.
import type { Page } from 'playwright-core';
import { median, openInApp, startHarness } from './mapBenchSupport';

const EDITS = 6;

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((entry) => performance.getEntriesByName(entry).map((measure) => measure.duration), name);
}

async function waitForCount(page: Page, name: string, count: number): Promise<void> {
  await page.waitForFunction(([entry, wanted]) => performance.getEntriesByName(entry as string).length >= (wanted as number), [name, count] as const, { timeout: 60_000 });
}

async function deleteParty(page: Page, name: string): Promise<void> {
  await page.getByTestId('search').fill(name);
  await page.getByTestId('search').press('ArrowDown');
  await page.getByTestId('search').press('Enter');
  // Single-key shortcuts act where the keyboard is on the map (WCAG 2.1.4).
  await page.getByTestId('graph-canvas').focus();
  await page.keyboard.press('Delete');
  await page.getByTestId('confirm-delete').click();
}

const harness = await startHarness();
try {
  const { id } = await harness.api.loadSampleNetwork();
  const page = await harness.newPage();
  await openInApp(page, id, 41 + 127);
  await page.getByTestId('open-insight').click();
  await page.locator('[data-testid="insight-dashboard"][data-harm="ready"]').waitFor({ timeout: 60_000 });
  const first = await measures(page, 'careweave:insight-redraw');
  await page.evaluate(() => performance.clearMeasures());
  let edits = 0;
  // The next edit may stop the ranking of the one before; the ranking after each undo is awaited.
  for (let round = 0; round < EDITS / 2; round++) {
    await deleteParty(page, 'Ministerial');
    await waitForCount(page, 'careweave:insight-redraw', ++edits);
    const ranked = (await measures(page, 'careweave:insight-harm')).length;
    await page.keyboard.press('Control+z');
    await waitForCount(page, 'careweave:insight-redraw', ++edits);
    await waitForCount(page, 'careweave:insight-harm', ranked + 1);
  }
  const redraw = await measures(page, 'careweave:insight-redraw');
  const harm = await measures(page, 'careweave:insight-harm');
  const round1 = (value: number) => Math.round(value * 10) / 10;
  console.log(
    JSON.stringify(
      {
        network: 'resources/sample/rural-behavioral-health.json (41 parties, 127 relationships)',
        edits: redraw.length,
        firstDrawMs: round1(first[0] ?? NaN),
        redrawAfterEditMs: { median: round1(median(redraw)), max: round1(Math.max(...redraw)), all: redraw.map(round1) },
        target: 'under 100 ms',
        harmRankingInAfterEditMs: { median: round1(median(harm)), max: round1(Math.max(...harm)) },
      },
      null,
      2,
    ),
  );
} finally {
  await harness.close();
}
