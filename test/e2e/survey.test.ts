// A trust survey round in the app (issue 12), in browser mode: ask hospital administration, fill
// its workbook as a partner would (a 7 first), see the problem by file, row and field with nothing
// read in, then read the corrected form and see what changed. Screenshots go to test-results/e2e/.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { saveScreenshot, useBrowserApp } from '../support/browserApp';
import { loadSample } from '../support/pageHelpers';

const app = useBrowserApp();

async function filled(form: Buffer, openness: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(form as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Trust survey')!;
  sheet.getCell('B5').value = 'Dana Ruiz';
  sheet.eachRow((row, number) => {
    if (number > 7 && row.getCell(2).value === 'Evergrove Behavioral Management') {
      row.getCell(3).value = 1;
      row.getCell(4).value = 2;
      row.getCell(5).value = openness;
      row.getCell(6).value = 'Still no cost model.';
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a trust survey round in the app', () => {
  it('writes a form, refuses a bad answer, then reads the corrected form in', async () => {
    const { page } = app();
    await loadSample(page);

    await page.getByTestId('trust-survey').click();
    const dialog = page.getByTestId('survey-dialog');
    await dialog.locator('[data-party-id="p-hospital-admin"]').check();
    await page.getByTestId('survey-date').fill('2026-06-30');
    await saveScreenshot(page, 'survey-send');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('survey-write').click();
    const download: Download = await downloading;
    expect(download.suggestedFilename()).toBe('Trust survey 2026-06-30 - Hospital Administration (CEO).xlsx');
    const form = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    await expect.poll(() => page.getByTestId('survey-written').innerText()).toContain('Saved Trust survey 2026-06-30');

    await page.getByTestId('survey-tab-read').click();
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.getByTestId('survey-files').setInputFiles([{ name: 'admin.xlsx', mimeType: mime, buffer: await filled(form, 7) }]);
    const problems = page.getByTestId('survey-problems');
    await expect.poll(() => problems.innerText(), { timeout: 20_000 }).toContain('Nothing was read in.');
    expect(await problems.innerText()).toMatch(/admin\.xlsx, row \d+\s+openness\s+openness 7 is outside 1–5/);
    await saveScreenshot(page, 'survey-problem');

    await page.getByTestId('survey-files').setInputFiles([{ name: 'admin.xlsx', mimeType: mime, buffer: await filled(form, 1) }]);
    await expect.poll(() => page.getByTestId('survey-apply').innerText(), { timeout: 20_000 }).toBe('Read in 1 answer');
    await page.getByTestId('survey-apply').click();
    const summary = page.getByTestId('survey-summary');
    await expect.poll(() => summary.innerText(), { timeout: 20_000 }).toContain('Read in');
    expect(await summary.getByTestId('survey-change').first().innerText()).toMatch(/Hospital Administration \(CEO\)\s+Evergrove Behavioral Management\s+2\s+1\.33\s+-0\.67 \(fell\)/);
    await saveScreenshot(page, 'survey-read');
  }, 120_000);
});
