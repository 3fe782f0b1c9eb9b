// Map benchmarks (issue 3): loading a large network from Neo4j to a drawn map (split into query,
// transfer and draw), first draw with saved positions, force-directed layout off the UI thread,
// and frame rate while panning and zooming a very large map, all in headless Chromium on the
// real app. Prints one JSON document; needs `npx electron-vite build` first. Timings are
// reported, never asserted: targets are in the issue, results in the JSON.
import { randomUUID } from 'node:crypto';
import { getNetworkGraph } from '../main/repository/networks';
import type { Page } from 'playwright-core';
import { generateMapNetwork } from './generateMapNetwork';
import type { MapNetworkOptions } from './generateMapNetwork';
import { isOpen, log, median, openInApp, round, startHarness } from './mapBenchSupport';
import { seedNetwork } from './seedNetwork';
import type { Harness } from './mapBenchSupport';

type Imported = { id: string; elements: number; parties: number };

// What the functions run inside the page use; this file is type-checked without the DOM library.
type PageGlobals = {
  __tasks: Array<{ start: number; duration: number }>;
  __frames: number[];
  __counting: boolean;
  document: { querySelector: (selector: string) => { textContent: string | null } | null };
  PerformanceObserver: new (callback: (list: { getEntries: () => Array<{ startTime: number; duration: number }> }) => void) => {
    observe: (options: { type: string }) => void;
  };
};

async function importNetwork(h: Harness, options: MapNetworkOptions): Promise<Imported> {
  const id = randomUUID();
  const started = performance.now();
  await seedNetwork(h.backend.database.store().driver, id, generateMapNetwork(options));
  log(`seeded ${options.parties}/${options.relationships} in ${round(performance.now() - started)} ms`);
  return { id, elements: options.parties + options.relationships, parties: options.parties };
}

async function loadSplit(h: Harness, page: Page, network: Imported) {
  const queries: number[] = [];
  let payloadBytes = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const graph = await getNetworkGraph(h.backend.database.store(), network.id);
    queries.push(performance.now() - started);
    payloadBytes = JSON.stringify({ ok: true, data: graph }).length;
  }
  const opened = await openInApp(page, network.id, network.elements);
  const queryMs = round(median(queries));
  return {
    ...opened,
    queryMs,
    // What the request took beyond the query: serialising, HTTP on loopback, parsing in the page.
    transferMs: Math.max(0, opened.requestMs - queryMs),
    payloadMB: Math.round(payloadBytes / 1e5) / 10,
  };
}

async function layout(page: Page, layoutId: string) {
  await page.evaluate(() => {
    const w = (globalThis as unknown as PageGlobals);
    w.__tasks = [];
    new w.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    performance.clearMeasures();
  });
  await page.getByTestId('arrange').click();
  const clicked = await page.evaluate(() => performance.now());
  await page.getByTestId(`arrange-${layoutId}`).click();
  await page.waitForFunction(() => performance.getEntriesByType('measure').some((m) => m.name.startsWith('careweave:layout:')), undefined, { timeout: 600_000 });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 600_000 });
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="saving-state"]')?.textContent === '', undefined, { timeout: 600_000 });
  const applied = await page.evaluate(() => performance.now());
  return page.evaluate(({ clicked, applied }) => {
    const measure = performance.getEntriesByType('measure').find((m) => m.name.startsWith('careweave:layout:'))!;
    const end = measure.startTime + measure.duration;
    const tasks = (globalThis as unknown as PageGlobals).__tasks;
    const during = tasks.filter((t) => t.start >= clicked && t.start < end).map((t) => t.duration);
    return {
      algorithm: measure.name.replace('careweave:layout:', ''),
      computeMs: Math.round(measure.duration),
      // While the worker computed, the page stayed responsive if no task ran long.
      longestMainThreadTaskWhileComputingMs: Math.round(Math.max(0, ...during)),
      applyAndSaveMs: Math.round(applied - end),
    };
  }, { clicked, applied });
}

// Pans and zooms from a spot between regions (empty space, so the drag pans instead of moving
// a party) and counts the frames the page produced meanwhile.
async function frameRate(page: Page) {
  const canvas = page.getByTestId('graph-canvas');
  const box = (await canvas.boundingBox())!;
  const read = async (name: string) => Number(await canvas.getAttribute(name));
  const [zoom, panX, panY] = [await read('data-zoom'), await read('data-pan-x'), await read('data-pan-y')];
  // Regions are 900 px apart with parties within 380 px of their centre (generateMapNetwork).
  const x = box.x + panX + zoom * 450;
  const y = box.y + panY + zoom * 450;
  // A string, not a function: the bundler would wrap a named function in a helper that does not
  // exist inside the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__counting = true;
    const tick = (time) => {
      window.__frames.push(time);
      if (window.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let round = 0; round < 4; round += 1) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 15; step += 1) await page.mouse.move(x + step * 10 * (round % 2 ? -1 : 1), y + step * 4);
    await page.mouse.up();
    for (let step = 0; step < 5; step += 1) await page.mouse.wheel(0, round < 2 ? -150 : 150);
  }
  return page.evaluate(() => {
    const w = (globalThis as unknown as PageGlobals);
    w.__counting = false;
    const frames = w.__frames;
    const gaps = frames.slice(1).map((time, i) => time - frames[i]!);
    const seconds = (frames.at(-1)! - frames[0]!) / 1000;
    return { fps: Math.round((frames.length / seconds) * 10) / 10, longestFrameMs: Math.round(Math.max(...gaps)), seconds: Math.round(seconds * 10) / 10 };
  });
}

const results: Record<string, unknown> = {
  benchmark: 'map',
  generator: 'bench/generateMapNetwork.ts (seeded; regions of 50 parties with saved positions)',
};
// Each measurement is kept even if a later one fails, and logged as soon as it is known.
async function section(name: string, work: () => Promise<unknown>): Promise<void> {
  log(`${name}…`);
  try {
    results[name] = await work();
  } catch (error) {
    results[name] = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  log(`${name}: ${JSON.stringify(results[name])}`);
}

// CAREWEAVE_BENCH_ONLY=large,layout runs only the sections whose names contain one of the words.
const only = process.env.CAREWEAVE_BENCH_ONLY?.split(',').filter(Boolean) ?? [];
const wanted = (name: string) => only.length === 0 || only.some((word) => name.includes(word));

const h = await startHarness();
try {
  // Networks are seeded the first time a section needs them.
  const seeded = new Map<string, Promise<Imported>>();
  const network = (options: MapNetworkOptions) => {
    const key = `${options.parties}/${options.relationships}`;
    if (!seeded.has(key)) seeded.set(key, importNetwork(h, options));
    return seeded.get(key)!;
  };
  const large = () => network({ parties: 10_000, relationships: 50_000, seed: 10 });
  const medium = () => network({ parties: 5_000, relationships: 20_000, seed: 5 });
  const small = () => network({ parties: 1_000, relationships: 3_000, seed: 1 });
  const fcoseSized = () => network({ parties: 300, relationships: 900, seed: 3 });
  const huge = () => network({ parties: 20_000, relationships: 100_000, seed: 20 });

  const page = await h.newPage();
  const run = async (name: string, work: () => Promise<unknown>) => (wanted(name) ? section(name, work) : undefined);
  await run('load_10k_parties_50k_relationships', async () => loadSplit(h, page, await large()));
  await run('force_layout_10k', async () => {
    const n = await large();
    // Opening the network already on screen draws nothing new; only open it if it is not.
    if (!(await isOpen(page, n.id))) await openInApp(page, n.id, n.elements);
    return layout(page, 'force');
  });
  await run('first_draw_5k_20k_saved_positions', async () => {
    const n = await medium();
    return openInApp(page, n.id, n.elements);
  });
  await run('force_layout_1k', async () => {
    const n = await small();
    await openInApp(page, n.id, n.elements);
    return layout(page, 'force');
  });
  await run('force_layout_300_fcose', async () => {
    const n = await fcoseSized();
    await openInApp(page, n.id, n.elements);
    return layout(page, 'force');
  });
  // The app picks the renderer: WebGL on graphics hardware, the canvas renderer otherwise (this
  // machine has no GPU; WebGL through Chromium's software rasteriser was slower still).
  await run('large_map_20k_100k', async () => {
    const n = await huge();
    const draw = await openInApp(page, n.id, n.elements);
    await page.screenshot({ path: 'test-results/bench/map-20k.png' });
    return { draw, panZoom: await frameRate(page) };
  });
  console.log(JSON.stringify(results, null, 2));
} finally {
  await h.close();
}
