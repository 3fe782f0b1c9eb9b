// Reads a CSV text row by row with the line each row starts on, in slices so a big file can
// yield to the event loop between them. Slices end only at line breaks outside quotes (a quoted
// cell may hold a line break), so each slice parses on its own and line numbers stay exact.
import Papa from 'papaparse';
import { stripByteOrderMark } from '../decodeText';

export interface CsvRow {
  cells: string[];
  /** The line the row starts on; the header is line 1. */
  line: number;
  /** What the CSV reader found wrong with the row's quoting, in words. */
  error: string | null;
}

const SLICE_CHARS = 1_000_000;
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Spreadsheets in many countries write ";" and some tools write tabs; the header line decides,
 * since it has one cell per column and names rarely contain a delimiter.
 */
export function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

// The end of a slice of about SLICE_CHARS characters: just after a line break at which every
// quote opened before it is closed ("" inside a quoted cell counts twice, so parity works).
function sliceEnd(text: string, start: number): number {
  const target = start + SLICE_CHARS;
  if (target >= text.length) return text.length;
  let inQuotes = false;
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 10 && !inQuotes && index >= target) return index + 1;
  }
  return text.length;
}

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed; check for a stray " character',
  InvalidQuotes: 'a quoted cell has text after its closing quote; write "" for a quote inside a cell',
  UndetectableDelimiter: 'the cells are not separated by commas',
};

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

function parseSlice(slice: string, delimiter: string, firstLine: number): CsvRow[] {
  const rows: CsvRow[] = [];
  let cursor = 0;
  let line = firstLine;
  Papa.parse<string[]>(slice, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step(result) {
      const end = result.meta.cursor;
      // A row's cells sit between the previous cursor and this one; line breaks before its first
      // character (blank lines) move its start line.
      let start = cursor;
      while (start < end && (slice.charCodeAt(start) === 10 || slice.charCodeAt(start) === 13)) {
        if (slice.charCodeAt(start) === 10) line += 1;
        start += 1;
      }
      const error = result.errors[0];
      rows.push({ cells: result.data, line, error: error ? (QUOTE_ERRORS[error.code] ?? error.message) : null });
      line += countLineBreaks(slice, start, end);
      cursor = end;
    },
  });
  return rows;
}

export async function* readCsvRows(
  rawText: string,
  tick?: (share: number) => Promise<void>,
): AsyncGenerator<CsvRow, void, undefined> {
  const text = stripByteOrderMark(rawText);
  const delimiter = guessDelimiter(text);
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const end = sliceEnd(text, start);
    const slice = text.slice(start, end);
    for (const row of parseSlice(slice, delimiter, line)) yield row;
    line += countLineBreaks(slice, 0, slice.length);
    start = end;
    if (tick && start < text.length) await tick(start / text.length);
  }
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

const FORMULA_GUARD = /^'[=+\-@\t\r]/;

/**
 * Export writes a leading apostrophe before text that a spreadsheet would run as a formula
 * (=, +, -, @); reading it back removes the apostrophe so the value round-trips.
 */
export function unguardCell(cell: string): string {
  return FORMULA_GUARD.test(cell) ? cell.slice(1) : cell;
}
