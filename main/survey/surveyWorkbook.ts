// A trust survey form as an Excel workbook (issue 12), written and read with exceljs, the app's
// one spreadsheet library: a "Trust survey" sheet listing the partners to rate with the three
// items as 1–5 drop-downs and a comments column, and a hidden "About this form" sheet saying which
// network, partner and round it belongs to. Main only: the renderer never loads exceljs.
import ExcelJS from 'exceljs';
import { formInstructions, SCALE_WORDS, SURVEY_FORMAT, SURVEY_FORMAT_VERSION, SURVEY_ITEMS } from '../../shared/survey/surveyForms';
import type { FilledForm, SurveyForm, SurveyItemKey } from '../../shared/survey/surveyForms';
import { sayDay } from '../../shared/timeline';

const SHEET = 'Trust survey';
const ABOUT = 'About this form';
const HEADER_ROW = 7;
const FILLED_BY = 'B5';
const SCORE_COLUMNS = ['C', 'D', 'E'] as const;
const ANSWER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CC' } } as const;

export async function surveyFormToWorkbook(form: SurveyForm): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Careweave';
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = [{ width: 14 }, { width: 40 }, { width: 22 }, { width: 22 }, { width: 22 }, { width: 50 }];
  sheet.getCell('A1').value = `Trust survey: ${form.networkName}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `From: ${form.respondent.name}`;
  sheet.getCell('A2').font = { bold: true };
  sheet.getCell('A3').value = `Round of ${sayDay(form.roundDate)}`;
  sheet.getCell('A4').value = formInstructions(form);
  sheet.getCell('A5').value = 'Filled in by:';
  sheet.getCell(FILLED_BY).fill = ANSWER_FILL;
  const header = sheet.getRow(HEADER_ROW);
  header.values = ['Partner id', 'Partner', ...SURVEY_ITEMS.map((item) => item.question), 'Comments'];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  form.partners.forEach((partner, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.getCell(1).value = partner.id;
    row.getCell(2).value = partner.name;
    for (const column of SCORE_COLUMNS) {
      const cell = sheet.getCell(`${column}${row.number}`);
      cell.fill = ANSWER_FILL;
      // The 1–5 scale as a drop-down; anything else typed is refused by the spreadsheet itself.
      cell.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"1,2,3,4,5"'],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'From 1 to 5',
        error: `Choose a whole number from 1 to 5 (${SCALE_WORDS}), or leave it empty.`,
        showInputMessage: true,
        promptTitle: 'Rate from 1 to 5',
        prompt: SCALE_WORDS,
      };
    }
    row.getCell(6).fill = ANSWER_FILL;
  });
  // Ids say exactly whom a row is about; people read the names, so the ids stay out of the way.
  sheet.getColumn(1).hidden = true;
  const about = workbook.addWorksheet(ABOUT, { state: 'hidden' });
  about.addRows([
    ['format', SURVEY_FORMAT],
    ['format version', SURVEY_FORMAT_VERSION],
    ['network id', form.networkId],
    ['network', form.networkName],
    ['from id', form.respondent.id],
    ['from', form.respondent.name],
    ['round date', form.roundDate],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell as the text a person typed or chose: numbers, text, rich text and formula results. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return '';
}

export class NotAWorkbookError extends Error {}

export async function workbookToFilledForm(file: string, bytes: Uint8Array): Promise<FilledForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new NotAWorkbookError(`${file}: this file cannot be read as an Excel workbook (.xlsx); save it from Excel or LibreOffice as "Excel Workbook" and try again`);
  }
  const about = new Map<string, string>();
  workbook.getWorksheet(ABOUT)?.eachRow((row) => about.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const sheet = workbook.getWorksheet(SHEET);
  const rows: FilledForm['rows'] = [];
  let headerRow = HEADER_ROW;
  sheet?.eachRow((row, number) => {
    if (cellText(row.getCell(1).value) === 'Partner id') headerRow = number;
  });
  sheet?.eachRow((row, number) => {
    if (number <= headerRow) return;
    const values = [1, 2, 3, 4, 5, 6].map((column) => cellText(row.getCell(column).value));
    if (values.every((value) => value === '')) return;
    rows.push({
      where: `row ${number}`,
      partnerId: values[0] ?? '',
      partnerName: values[1] ?? '',
      scores: Object.fromEntries(SURVEY_ITEMS.map((item, index) => [item.key, values[2 + index] ?? ''])) as Record<SurveyItemKey, string>,
      comments: values[5] ?? '',
    });
  });
  return {
    file,
    format: about.get('format') ?? null,
    networkId: about.get('network id') ?? null,
    respondentId: about.get('from id') ?? null,
    roundDate: about.get('round date') ?? null,
    filledBy: sheet ? cellText(sheet.getCell(FILLED_BY).value) : '',
    rows,
  };
}
