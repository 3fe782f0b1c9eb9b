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
import { log, median, openInApp, round, startHarness } from './mapBenchSupport';
import { seedNetwork } from './seedNetwork';
import type { Harness } from './mapBenchSupport';

type Imported = { id: string; elements: number; parties: number };

// What the functions run inside the page use; this file is type-checked without the DOM library.
type PageGlobals = {
  __tasks: Array<{ start: number; duration: number }>;
  __frames: number[];
  __counting: boolean;
  requestAnimationFrame: (callback: (time: number) => void) => number;
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
  await page.getByTestId('layout-choice').selectOption(layoutId);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByTestId('arrange').click();
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
  await page.evaluate(() => {
    const w = (globalThis as unknown as PageGlobals);
    w.__frames = [];
    w.__counting = true;
    const tick = (time: number) => {
      w.__frames.push(time);
      if (w.__counting) w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
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

const h = await startHarness();
try {
  const large = await importNetwork(h, { parties: 10_000, relationships: 50_000, seed: 10 });
  const medium = await importNetwork(h, { parties: 5_000, relationships: 20_000, seed: 5 });
  const small = await importNetwork(h, { parties: 1_000, relationships: 3_000, seed: 1 });
  const fcoseSized = await importNetwork(h, { parties: 300, relationships: 900, seed: 3 });
  const huge = await importNetwork(h, { parties: 20_000, relationships: 100_000, seed: 20 });

  const page = await h.newPage();
  log('load 10k/50k…');
  const load10k = await loadSplit(h, page, large);
  log('force layout 10k…');
  const layout10k = await layout(page, 'force');
  log('first draw 5k/20k…');
  const draw5k = await openInApp(page, medium.id, medium.elements);
  log('force layouts 1k and 300…');
  await openInApp(page, small.id, small.elements);
  const layout1k = await layout(page, 'force');
  await openInApp(page, fcoseSized.id, fcoseSized.elements);
  const layout300 = await layout(page, 'force');
  log('20k/100k: draw and frame rate, WebGL…');
  const drawHuge = await openInApp(page, huge.id, huge.elements);
  const fpsWebgl = await frameRate(page);
  log('20k/100k: draw and frame rate, canvas…');
  const canvasPage = await h.newPage({ webgl: false });
  const drawHugeCanvas = await openInApp(canvasPage, huge.id, huge.elements);
  const fpsCanvas = await frameRate(canvasPage);

  console.log(
    JSON.stringify(
      {
        benchmark: 'map',
        generator: 'bench/generateMapNetwork.ts (seeded; regions of 50 parties with saved positions)',
        load_10k_parties_50k_relationships: load10k,
        first_draw_5k_20k_saved_positions: draw5k,
        force_layout_off_ui_thread: { parties_300: layout300, parties_1k: layout1k, parties_10k: layout10k },
        large_map_20k_100k: { webgl: { draw: drawHuge, panZoom: fpsWebgl }, canvas: { draw: drawHugeCanvas, panZoom: fpsCanvas } },
      },
      null,
      2,
    ),
  );
} finally {
  await h.close();
}
