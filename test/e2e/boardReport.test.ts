// The report a board can read (issue 14): during a simulation of the telepsychiatry group
// leaving, "Board report…" makes a multi-page PDF. It is rendered with pdftoppm (poppler-utils)
// and its text read back with pdftotext: every party's name whole — the withdrawn one struck
// through, not "L?a?n?t?e?r?n?w?a?y?", and Greek and Cyrillic names too — the headline, the
// legend and the impact key, and each section. A PNG can carry its title and legend.
import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { NetworkGraph } from '../../shared/domain';
import { ARTIFACTS_DIR, saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';
import { callApi, loadSample, poll, waitForIdle } from '../support/pageHelpers';

const run = promisify(execFile);
const OUT = join(ARTIFACTS_DIR, 'board-report');
let app: BrowserApp;

beforeAll(async () => {
  // pdftoppm and pdftotext come with Debian's poppler-utils (.ci/run installs it).
  await run('pdftoppm', ['-v']).catch((error: unknown) => {
    throw new Error(`pdftoppm is missing: install poppler-utils (apt-get install -y poppler-utils). ${String(error)}`);
  });
  app = await startBrowserApp();
  await mkdir(OUT, { recursive: true });
}, 90_000);
afterAll(async () => {
  await app?.close();
});

// Text as a PDF reader extracts it: struck-through names carry U+0336 after each letter, and a
// name wraps over lines on the map. Compared without them.
const bare = (text: string) => text.replace(/\u0336/g, '').replace(/\s+/g, '');

describe('the board report', () => {
  it('prints a cover, the map with its legend and impact key, the key numbers and every section, with every name whole', async () => {
    const { page } = app;
    await loadSample(page);
    // A party with a Greek and Cyrillic name, which the built-in PDF fonts could not print.
    await page.getByTestId('add-party').click();
    await page.getByTestId('new-party-name').fill('Κέντρο Υγείας — Центр здоровья');
    await page.getByTestId('new-party-submit').click();
    await waitForIdle(page);
    const networkId = (await page.getByTestId('graph-canvas').getAttribute('data-network-id'))!;
    const graph = await callApi<NetworkGraph>(page, 'getNetwork', { id: networkId });

    await page.getByTestId('search').fill('Lanternway');
    await page.getByTestId('search').press('Enter');
    await page.keyboard.press('w');
    await poll(() => page.getByTestId('graph-canvas').getAttribute('data-simulation'), 30_000).toBe('shown');

    await page.getByTestId('board-report').click();
    await page.getByTestId('export-prepared-by').fill('Dana Whitfield, program director');
    expect(await page.getByTestId('report-contents').innerText()).toMatch(/who is hurt/);
    await saveScreenshot(page, 'board-report-dialog');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/^Harlan County Behavioral Health \(sample\).* - board report\.pdf$/);
    const pdf = join(OUT, 'board-report.pdf');
    await download.saveAs(pdf);

    await run('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, 'page')]);
    const pages = (await readdir(OUT)).filter((name) => /^page-\d+\.png$/.test(name));
    expect(pages.length).toBeGreaterThanOrEqual(5);

    const { stdout: raw } = await run('pdftotext', ['-raw', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const { stdout: fonts } = await run('pdffonts', [pdf]);
    // One font, embedded; no base font that could only print Windows-1252.
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).not.toMatch(/Helvetica/);
    const text = bare(raw);
    for (const party of graph.parties) expect.soft(text, party.name).toContain(bare(party.name));
    expect(raw).not.toMatch(/L\?a\?n\?t/);
    for (const words of [
      'Board report',
      'Prepared by Dana Whitfield, program director',
      'If Lanternway Telepsychiatry withdraws: in 9 of 10 futures',
      'Legend',
      'Impact:',
      'fully disrupted',
      'withdrawn (name struck through)',
      'Key numbers',
      'Who is hurt',
      'What stops flowing',
      'Who may step away',
      'Who could help',
      'Assumptions',
      'Geri-psych inpatients:',
      'chance of losing',
    ]) {
      expect.soft(text, words).toContain(bare(words));
    }
    await writeFile(join(OUT, 'board-report.txt'), raw);
  }, 180_000);

  it('makes a PNG with its title and legend when asked', async () => {
    const { page } = app;
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-format-png').check();
    await dialog.getByTestId('export-scale').selectOption('1');
    const plainDownload = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByTestId('export-submit').click()]);
    const plain = PNG.sync.read(await streamBytes(await plainDownload[0].createReadStream()));
    await dialog.getByTestId('export-framed').check();
    await dialog.getByTestId('export-title').fill('Telepsychiatry leaving');
    const framedDownload = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByTestId('export-submit').click()]);
    const framedPath = join(OUT, 'framed.png');
    await framedDownload[0].saveAs(framedPath);
    const framed = PNG.sync.read(await streamBytes(await framedDownload[0].createReadStream()));
    // Room for the title above and the legend below the same map.
    expect(framed.height).toBeGreaterThan(plain.height + 150);
    expect(framed.width).toBeGreaterThanOrEqual(plain.width);
  }, 120_000);
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
