// Decides how a spreadsheet writes its numbers and dates before its rows are read, from every
// value in the columns that hold them (amounts, trust levels, positions; assessment dates): a
// value that can only be read one way ("250.000,50", "31/03/2026") decides for the whole file
// when no value says otherwise. When nothing decides, US Excel's style is kept (a decimal point,
// month first), or the order the person chose for dates; the preview says what was done.
import type { DateOrder, DecimalMark, ValueStyle } from '../localeValues';
import { dateEvidence, decimalEvidence, isNumericDate } from '../localeValues';
import type { ImportFile } from '../importModel';
import { findColumn, PARTY_COLUMNS, RELATIONSHIP_COLUMNS } from './csvColumns';
import type { CsvColumn } from './csvColumns';
import { classifyHeader } from './csvHeader';
import { isBlankRow, readCsvRows } from './csvRows';

const NUMBER_COLUMNS = new Set(['amount', 'level', 'x', 'y']);
const DATE_COLUMNS = new Set(['assessedAt']);

interface Tally<T extends string> {
  seen: Map<T, string>;
  undecided: string | null;
}

export interface CsvLocale {
  style: ValueStyle;
  /** What the preview says about how numbers and dates were read. */
  notes: string[];
}

function columnsOf(cells: readonly string[]): readonly CsvColumn<string>[] | null {
  const role = classifyHeader(cells);
  if (role === 'parties') return PARTY_COLUMNS;
  if (role === 'relationships') return RELATIONSHIP_COLUMNS;
  return null;
}

async function tallyFile(file: ImportFile, decimals: Tally<DecimalMark>, dates: Tally<DateOrder>): Promise<void> {
  const rows = readCsvRows(file.text);
  let numbers: number[] | null = null;
  let dateCells: number[] = [];
  for await (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    if (numbers === null) {
      const columns = columnsOf(row.cells);
      if (!columns) return;
      const keys = row.cells.map((cell) => findColumn(columns, cell)?.key);
      numbers = keys.flatMap((key, index) => (key && NUMBER_COLUMNS.has(key) ? [index] : []));
      dateCells = keys.flatMap((key, index) => (key && DATE_COLUMNS.has(key) ? [index] : []));
      if (numbers.length === 0 && dateCells.length === 0) return;
      continue;
    }
    for (const index of numbers) {
      const text = row.cells[index] ?? '';
      const mark = decimalEvidence(text);
      if (mark && !decimals.seen.has(mark)) decimals.seen.set(mark, text.trim());
    }
    for (const index of dateCells) {
      const text = row.cells[index] ?? '';
      const order = dateEvidence(text);
      if (order && !dates.seen.has(order)) dates.seen.set(order, text.trim());
      else if (!order && dates.undecided === null && isNumericDate(text)) dates.undecided = text.trim();
    }
  }
}

/** The style of a set of CSV files, chosen once for all of them: one spreadsheet, one locale. */
export async function sniffCsvLocale(files: readonly ImportFile[], chosenDates?: DateOrder): Promise<CsvLocale> {
  const decimals: Tally<DecimalMark> = { seen: new Map(), undecided: null };
  const dates: Tally<DateOrder> = { seen: new Map(), undecided: null };
  for (const file of files) await tallyFile(file, decimals, dates);
  const notes: string[] = [];

  const comma = decimals.seen.get(',');
  const point = decimals.seen.get('.');
  // Consistent decimal commas only: a file that also has "2.5" keeps the point, and its comma
  // values are refused with a message that names the expected form.
  const decimal: DecimalMark = comma !== undefined && point === undefined ? ',' : '.';
  if (decimal === ',') notes.push(`Numbers were read with a decimal comma (like "${comma}"), as the spreadsheet writes them.`);
  if (comma !== undefined && point !== undefined) {
    notes.push(`The spreadsheet writes some numbers with a decimal point ("${point}") and some with a decimal comma ("${comma}"); they were read with a decimal point.`);
  }

  const dayFirst = dates.seen.get('day-first');
  const monthFirst = dates.seen.get('month-first');
  let order: DateOrder = chosenDates ?? 'month-first';
  if (!chosenDates && dayFirst !== undefined && monthFirst === undefined) order = 'day-first';
  if (chosenDates) {
    if (dayFirst !== undefined || monthFirst !== undefined || dates.undecided !== null) notes.push(`Dates were read ${chosenDates === 'day-first' ? 'day first' : 'month first'}, as chosen for this import.`);
  } else if (dayFirst !== undefined && monthFirst !== undefined) {
    notes.push(`The spreadsheet writes some dates day first ("${dayFirst}") and some month first ("${monthFirst}"); they were read month first.`);
  } else if (order === 'day-first') {
    notes.push(`Dates were read day first (like "${dayFirst}"), as the spreadsheet writes them.`);
  } else if (monthFirst === undefined && dates.undecided !== null) {
    notes.push(
      `Dates such as "${dates.undecided}" could be month first or day first, and no date in the file tells; they were read month first. If the spreadsheet writes the day first, import it again and choose “day first” for spreadsheet dates.`,
    );
  }
  return { style: { decimal, dates: order }, notes };
}
