// A trust survey form as CSV, for those who ask for it instead of a workbook (issue 12): one row
// per partner to rate, each carrying which round and which network it belongs to, so any row
// read back on its own says where it goes. No drop-downs in CSV: the scale is in the header.
import Papa from 'papaparse';
import { toCsvText } from '../formats/csv/networkToCsv';
import { stripByteOrderMark } from '../formats/decodeText';
import { normalizeWord } from '../formats/fieldValues';
import { SURVEY_FORMAT, SURVEY_ITEMS } from './surveyForms';
import type { FilledForm, SurveyForm, SurveyItemKey } from './surveyForms';

const COLUMNS = ['survey', 'network id', 'from id', 'from', 'round date', 'filled in by', 'partner id', 'partner', ...SURVEY_ITEMS.map((item) => `${item.label} (1-5)`), 'comments'];

export function surveyFormToCsv(form: SurveyForm): string {
  return toCsvText(
    COLUMNS,
    form.partners.map((partner) => [SURVEY_FORMAT, form.networkId, form.respondent.id, form.respondent.name, form.roundDate, '', partner.id, partner.name, '', '', '', '']),
  );
}

const key = (header: string) => normalizeWord(header.replace(/\([^)]*\)/g, ''));

export function csvToFilledForm(file: string, text: string): FilledForm {
  const rows = Papa.parse<string[]>(stripByteOrderMark(text), { skipEmptyLines: false }).data;
  const header = (rows[0] ?? []).map(key);
  const at = (name: string) => header.indexOf(key(name));
  const cell = (row: readonly string[], name: string) => {
    const index = at(name);
    // The export disarms formulas with a leading apostrophe; a spreadsheet may keep it.
    return index < 0 ? '' : (row[index] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
  };
  const body = rows.slice(1).map((row, index) => ({ row, line: index + 2 })).filter(({ row }) => row.some((value) => value.trim() !== ''));
  const first = body[0]?.row ?? [];
  return {
    file,
    format: cell(first, 'survey') || (at('survey') < 0 ? null : ''),
    networkId: cell(first, 'network id') || null,
    respondentId: cell(first, 'from id') || null,
    roundDate: cell(first, 'round date') || null,
    filledBy: cell(first, 'filled in by'),
    rows: body.map(({ row, line }) => ({
      where: `line ${line}`,
      partnerId: cell(row, 'partner id'),
      partnerName: cell(row, 'partner'),
      scores: Object.fromEntries(SURVEY_ITEMS.map((item) => [item.key, cell(row, `${item.label} (1-5)`)])) as Record<SurveyItemKey, string>,
      comments: cell(row, 'comments'),
    })),
  };
}
