// Organisations and saved views on a large map (issue 15), in headless Chromium on the real app:
// collapsing and expanding an organisation of 200 members, and switching between two saved views,
// each timed from the click to the next painted frame after Cytoscape holds the new drawing.
// Prints one JSON document; needs `npx electron-vite build` first. Reported, never asserted.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { generateMapNetwork } from './generateMapNetwork';
import { log, median, openInApp, round, startHarness } from './mapBenchSupport';
import { seedNetwork } from './seedNetwork';

const PARTIES = 5_000;
const MEMBERS = 200;
const RUNS = 5;

/**
 * Clicks `selector` and waits until the canvas's `attribute` is `value` (or, with `value` null,
 * differs from what it was), then until that frame has been painted. The check runs among a
 * frame's animation callbacks, where Cytoscape draws the change too (the app writes the attribute
 * in the same step that hands Cytoscape the change); a task queued from there runs once that frame
 * is painted — before the next frame, whose callbacks would add Cytoscape's next redraw.
 */
async function timedClick(page: Page, selector: string, attribute: string, value: string | null): Promise<number> {
  // A string, not a function: the bundler would wrap a named function in a helper that does not
  // exist inside the page.
  return page.evaluate(`(async () => {
    const canvas = () => document.querySelector('[data-testid="graph-canvas"]');
    const before = canvas().getAttribute(${JSON.stringify(attribute)});
    const done = (now) => (${JSON.stringify(value)} === null ? now !== before : now === ${JSON.stringify(value)});
    const started = performance.now();
    document.querySelector(${JSON.stringify(selector)}).click();
    await new Promise((resolve) => {
      const check = () => (done(canvas().getAttribute(${JSON.stringify(attribute)})) ? setTimeout(resolve, 0) : requestAnimationFrame(check));
      // Checked first in a frame, never before one: the change must have been drawn.
      requestAnimationFrame(check);
    });
    return performance.now() - started;
  })()`) as Promise<number>;
}

function organisationNetwork(relationships: number) {
  const document = generateMapNetwork({ parties: PARTIES, relationships, seed: 15, name: `Organisations ${PARTIES}/${relationships}` });
  // A hospital of 200 departments: the first party holds the next 200 (four regions of the map).
  document.parties = document.parties.map((party, index) =>
    index === 0 ? { ...party, name: 'Cedar Bend Memorial', side: 'internal', type: 'healthcare provider' } : index <= MEMBERS ? { ...party, partOf: 'p0' } : party,
  );
  return document;
}

async function collapseAndExpand(page: Page, nodes: number) {
  await page.getByTestId('search').fill('Cedar Bend Memorial');
  await page.getByTestId('search').press('ArrowDown');
  await page.getByTestId('search').press('Enter');
  await page.getByTestId('toggle-collapsed').waitFor();
  // Finding the hospital zooms to it; on a two-tier map Cytoscape then holds what is in view.
  await page.waitForTimeout(1_000);
  const canvas = page.getByTestId('graph-canvas');
  const camera = { zoom: Number(await canvas.getAttribute('data-zoom')), elementsHeld: Number((await canvas.getAttribute('data-detail-count')) ?? nodes) };
  const collapse: number[] = [];
  const expand: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    collapse.push(await timedClick(page, '[data-testid="toggle-collapsed"]', 'data-node-count', String(nodes - MEMBERS)));
    expand.push(await timedClick(page, '[data-testid="toggle-collapsed"]', 'data-node-count', String(nodes)));
  }
  return { camera, collapseMs: round(median(collapse)), expandMs: round(median(expand)), collapseRunsMs: collapse.map(round), expandRunsMs: expand.map(round) };
}

// Two pairs of views of the whole map, saved before the map opens. Each pair: one hides trust
// lines and collapses the hospital, the other shows everything, each with its own camera. In the
// first pair both keep the places the map has (a view mostly changes what is shown); in the
// second every party stands 300 units further right in B than in A (the most a view can move).
const SHOWN = [
  { name: 'Kept A', moved: false, collapsed: true },
  { name: 'Kept B', moved: false, collapsed: false },
  { name: 'View A', moved: false, collapsed: true },
  { name: 'View B', moved: true, collapsed: false },
] as const;

async function saveViews(h: Awaited<ReturnType<typeof startHarness>>, networkId: string, document: ReturnType<typeof organisationNetwork>) {
  const places = document.parties.map((party) => ({ id: party.id, x: party.x ?? 0, y: party.y ?? 0 }));
  for (const view of SHOWN) {
    const state = view.collapsed
      ? { filters: { hiddenKinds: ['TRUSTS' as const] }, positions: places, collapsed: ['p0'], camera: { zoom: 0.05, pan: { x: 300, y: 200 } } }
      : { positions: view.moved ? places.map((place) => ({ ...place, x: place.x + 300 })) : places, collapsed: [], camera: { zoom: 0.06, pan: { x: 250, y: 180 } } };
    await h.api.saveView({ networkId, name: view.name, state });
  }
}

const show = (name: string) => `[data-testid="saved-view"][data-view-name="${name}"] [data-testid="show-view"]`;

// Saving the places goes on after the drawing; each switch starts once the last one is saved.
async function whenSaved(page: Page) {
  await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector: (s: string) => { textContent: string | null } | null } }).document.querySelector('[data-testid="saving-state"]')?.textContent === '', undefined, { timeout: 120_000 });
}

async function switchBetween(page: Page, nodes: number, first: string, second: string) {
  const toFirst: number[] = [];
  const toSecond: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    toFirst.push(await timedClick(page, show(first), 'data-node-count', String(nodes - MEMBERS)));
    await whenSaved(page);
    toSecond.push(await timedClick(page, show(second), 'data-node-count', String(nodes)));
    await whenSaved(page);
  }
  return { toFirstMs: round(median(toFirst)), toSecondMs: round(median(toSecond)), runsMs: [...toFirst, ...toSecond].map(round) };
}

async function switchViews(page: Page, nodes: number) {
  const placesKept = await switchBetween(page, nodes, 'Kept A', 'Kept B');
  // View A's places are the map's: the first switch to it moves no one, every later one everyone.
  const everyoneMoved = await switchBetween(page, nodes, 'View A', 'View B');
  // One full redraw and nothing else, for comparison: Fit only moves the camera (from view B's).
  const redraw: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    redraw.push(await timedClick(page, '[data-testid="fit"]', 'data-zoom', null));
    await timedClick(page, show('View B'), 'data-zoom', '0.0600');
  }
  return { placesKept, everyoneMoved, fitMs: round(median(redraw)), fitRunsMs: redraw.map(round) };
}

const results: Record<string, unknown> = {
  benchmark: 'organisations and views',
  generator: `bench/generateMapNetwork.ts (seeded), party p0 holding the next ${MEMBERS} as an organisation`,
  target: 'collapse or expand under 200 ms; switching between two saved views under 500 ms',
};

const h = await startHarness();
try {
  const page = await h.newPage();
  // With 4,500 relationships (9,500 elements) Cytoscape holds the whole map; from 10,000 elements
  // on the canvas renderer (20,000 with WebGL) the map opens in two tiers and Cytoscape holds only
  // the parties in view (core/graph/detailSet.ts). BENCH_SIZES=4500 runs one size.
  for (const relationships of (process.env.BENCH_SIZES ?? '4500,10000,20000').split(',').map(Number)) {
    const id = randomUUID();
    const document = organisationNetwork(relationships);
    await seedNetwork(h.backend.database.store().driver, id, document);
    await saveViews(h, id, document);
    const opened = await openInApp(page, id, PARTIES + relationships);
    const name = `${PARTIES}_parties_${relationships}_relationships`;
    log(`${name}: opened in ${opened.clickToDrawnMs} ms`);
    // On the two-tier map the node count is that of the whole projection, as here.
    const tiers = await page.getByTestId('graph-canvas').getAttribute('data-tiers');
    const nodes = Number(await page.getByTestId('graph-canvas').getAttribute('data-node-count'));
    results[name] = { tiers, opened, organisation: await collapseAndExpand(page, nodes), views: await switchViews(page, nodes) };
    log(`${name}: ${JSON.stringify(results[name])}`);
  }
  console.log(JSON.stringify(results, null, 2));
} finally {
  await h.close();
}
