// Export and import in the real app (browser mode) driven in headless Chromium: pictures and
// data of the sample network download and are valid files (the PNG decodes at the announced
// size, the SVG has every party label as text, the PDF has a page with title and legend), and a
// bad spreadsheet shows the list of problems while a good one imports after its preview.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import type { NetworkDocument } from '../../shared/domain';
import { csvTemplate } from '../../shared/formats';
import { decodeXmlEntities } from '../../shared/formats/graphml/xmlText';
import { ARTIFACTS_DIR, saveScreenshot, startBrowserApp } from '../support/browserApp';
import type { BrowserApp } from '../support/browserApp';
import { loadSample } from '../support/pageHelpers';
import { loadPdfjs } from '../support/pdfPages';

const OUT = join(ARTIFACTS_DIR, 'exchange');
let app: BrowserApp;
let sample: NetworkDocument;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  sample = networkDocumentSchema.parse(JSON.parse(await readFile(join(process.cwd(), 'resources', 'sample', 'rural-behavioral-health.json'), 'utf8')));
  app = await startBrowserApp();
  const { page } = app;
  // Hooks cannot use expect.poll; the app's own signals are awaited instead.
  await loadSample(page);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const openName = (page: Page) => page.locator('#network-title').innerText();

async function exportOnce(page: Page, format: string, choose: () => Promise<void> = async () => undefined): Promise<{ download: Download; bytes: Buffer; status: string }> {
  await page.getByTestId('export-network').click();
  await page.getByTestId(`export-format-${format}`).check();
  await choose();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-submit').click()]);
  const path = join(OUT, download.suggestedFilename().replace(/\s+/g, '-'));
  await download.saveAs(path);
  const status = await page.getByTestId('export-status').innerText();
  await page.keyboard.press('Escape');
  return { download, bytes: await readFile(path), status };
}

function announcedSize(status: string): { width: number; height: number } {
  const match = /\(([\d,]+) × ([\d,]+) pixels/.exec(status);
  if (!match) throw new Error(`no size in "${status}"`);
  return { width: Number(match[1]!.replace(/,/g, '')), height: Number(match[2]!.replace(/,/g, '')) };
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('diagram export in browser mode', () => {
  it('downloads a PNG of the whole map at the size it announced, white or transparent, 1x to 4x', async () => {
    const { page } = app;
    const twice = await exportOnce(page, 'png');
    // The sample's name, or the "(2)" a copy gets when another test's copy is in the shared database.
    expect(twice.download.suggestedFilename()).toBe(`${await openName(page)}.png`);
    const image = PNG.sync.read(twice.bytes);
    expect({ width: image.width, height: image.height }).toEqual(announcedSize(twice.status));
    // A real drawing, not a blank canvas: plenty of coloured pixels, and a white background.
    let coloured = 0;
    for (let index = 0; index < image.data.length; index += 4) if (image.data[index]! < 200 || image.data[index + 2]! < 200) coloured += 1;
    expect(coloured / (image.width * image.height)).toBeGreaterThan(0.02);
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

    const once = await exportOnce(page, 'png', async () => {
      await page.getByTestId('export-scale').selectOption('1');
      await page.getByTestId('export-background').selectOption('transparent');
    });
    const small = PNG.sync.read(once.bytes);
    expect(Math.abs(image.width - 2 * small.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(image.height - 2 * small.height)).toBeLessThanOrEqual(1);
    expect(small.data[3]).toBe(0);
  }, 90_000);

  it('downloads an SVG that parses and has every party label as text', async () => {
    const { bytes } = await exportOnce(app.page, 'svg');
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: false, htmlEntities: false, isArray: () => true });
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'text') for (const item of child as unknown[]) texts.push(decodeXmlEntities(String((item as Record<string, unknown>)['#text'] ?? item)));
          else walk(child);
        }
      }
    };
    walk(parser.parse(bytes.toString('utf8')));
    const all = normalize(texts.join(' '));
    expect(texts.length).toBeGreaterThan(sample.parties.length);
    for (const party of sample.parties) expect(all, party.name).toContain(normalize(party.name));
  }, 60_000);

  it('downloads a one-page PDF with the title, the network name, the date and the legend', async () => {
    const { page } = app;
    const { bytes } = await exportOnce(page, 'pdf', async () => {
      await page.getByTestId('export-title').fill('Partners of the senior behavioral health unit');
      await page.getByTestId('export-paper').selectOption('a4');
    });
    const pdfjs = await loadPdfjs();
    const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    expect(document.numPages).toBe(1);
    const pdfPage = await document.getPage(1);
    const [, , width, height] = pdfPage.view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([842, 595]);
    const content = await pdfPage.getTextContent();
    const text = normalize(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    for (const expected of ['Partners of the senior behavioral health unit', `Network: ${sample.network.name}`, 'Exported', 'Legend', 'Internal customer', 'Reliance', 'Resource flow', 'Trust level', 'Senior Behavioral']) {
      expect(text).toContain(expected);
    }
  }, 60_000);
});

describe('data export in browser mode', () => {
  it('downloads JSON that is the whole network, CSV as three tables (the care log too) and GraphML', async () => {
    const { page } = app;
    const json = await exportOnce(page, 'json');
    const document = networkDocumentSchema.parse(JSON.parse(json.bytes.toString('utf8')));
    expect([document.parties.length, document.relationships.length]).toEqual([sample.parties.length, sample.relationships.length]);
    const lists = JSON.parse(json.bytes.toString('utf8')) as { careLog?: unknown[]; trustHistory?: unknown[] };
    expect([lists.careLog?.length, lists.trustHistory?.length]).toEqual([5, 3]);

    await page.getByTestId('export-network').click();
    await page.getByTestId('export-format-csv').check();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await page.getByTestId('export-submit').click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(3);
    expect(downloads.map((download) => download.suggestedFilename())).toEqual([
      `${await openName(page)} - parties.csv`,
      `${await openName(page)} - relationships.csv`,
      `${await openName(page)} - care log.csv`,
    ]);
    await page.keyboard.press('Escape');
    page.removeAllListeners('download');

    const graphml = await exportOnce(page, 'graphml');
    expect(graphml.bytes.toString('utf8')).toContain('<graph id=');
  }, 60_000);
});

describe('import in browser mode', () => {
  it('shows every problem of a bad spreadsheet, with file, line and field, and imports nothing', async () => {
    const { page } = app;
    const networksBefore = await page.getByTestId('network-list').innerText();
    await page.getByTestId('sidebar-import').click();
    await page.getByTestId('import-file-input').setInputFiles([
      { name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from('name,side,type\nUnit,internal,hospital unit/department\nFamilies,external,family/caregiver\nTransit,internal,community agency') },
      {
        name: 'relationships.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('from,to,kind,trust level,service,criticality\nUnit,Transit,reliance,,transport,4\nFamilies,Unit,trust,7,,\nUnit,Cty Transit,reliance,,transport,9'),
      },
    ]);
    const problems = page.getByTestId('import-problem');
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(3);
    expect(await problems.allInnerTexts()).toEqual([
      'relationships.csv line 3\ttrust level\ttrust level 7 is outside 1–5',
      'relationships.csv line 4\tcriticality\tcriticality 9 is outside 1–5',
      'relationships.csv line 4\tto\t"to" party "Cty Transit" is not in parties.csv; check the spelling',
    ]);
    expect(await page.getByTestId('import-problems').innerText()).toMatch(/Nothing was imported\. 3 problems need fixing/);
    await saveScreenshot(page, 'exchange/import-problems');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('network-list').innerText()).toBe(networksBefore);
  }, 60_000);

  it('imports the spreadsheet template as a new network after showing its preview', async () => {
    const { page } = app;
    const template = csvTemplate();
    await page.getByTestId('sidebar-import').click();
    await page.getByTestId('import-file-input').setInputFiles([
      { name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(template.parties) },
      { name: 'relationships.csv', mimeType: 'text/csv', buffer: Buffer.from(template.relationships) },
    ]);
    await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    // Five parties: the template's unit is part of an organisation, the hospital, which is a party too.
    expect(await page.getByTestId('preview-parties').innerText()).toBe('Parties\t5\t0\t0');
    expect(await page.getByTestId('preview-relationships').innerText()).toBe('Relationships\t4\t0\t0');
    await page.getByTestId('import-network-name').fill('From the template');
    await saveScreenshot(page, 'exchange/import-preview');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await page.getByTestId('import-open').click();
    await expect.poll(() => page.locator('#network-title').innerText().catch(() => ''), { timeout: 20_000 }).toBe('From the template');
    await expect.poll(async () => Number(await page.getByTestId('graph-canvas').getAttribute('data-node-count')), { timeout: 20_000 }).toBe(5);
    await writeFile(join(OUT, 'template-parties.csv'), template.parties);
  }, 60_000);
});
