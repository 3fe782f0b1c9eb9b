// Access to one CSV row's cells by column key, with the checks every row shares: cells past the
// last header column, ids that are not valid ids, and the reader's quoting errors.
import { idSchema } from '../../domain';
import type { ValueResult } from '../fieldValues';
import type { ImportProblem, SourceRef } from '../problems';
import { quoteValue } from '../problems';
import type { CsvRow } from './csvRows';
import { unguardCell } from './csvRows';
import type { HeaderMap } from './csvHeader';

export interface RowCells<K extends string> {
  at: SourceRef;
  has(key: K): boolean;
  /** The cell as written (formula guard removed), or undefined when the column is absent. */
  raw(key: K): string | undefined;
  /** The trimmed cell; '' for a blank cell or an absent column. */
  text(key: K): string;
  /** Reads a non-blank cell; records the problem and gives undefined when it is wrong. */
  read<T>(key: K, reader: (text: string) => ValueResult<T>, field: string): T | undefined;
  problem(message: string, field?: string | null): void;
  readonly failed: boolean;
}

export function rowCells<K extends string>(
  row: CsvRow,
  header: HeaderMap<K>,
  file: string,
  problems: { add(problem: ImportProblem): void },
): RowCells<K> {
  const at: SourceRef = { file, line: row.line, element: null };
  let failed = false;
  const problem = (message: string, field: string | null = null) => {
    failed = true;
    problems.add({ ...at, field, message });
  };
  const raw = (key: K): string | undefined => {
    const position = header.index.get(key);
    return position === undefined ? undefined : unguardCell(row.cells[position] ?? '');
  };
  if (row.error) problem(`this line cannot be read: ${row.error}`);
  const extra = row.cells.slice(header.width).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    problem(
      `this line has ${row.cells.length} cells but the header has ${header.width} columns; a value probably contains a comma or semicolon — put that value in double quotes`,
    );
  }
  return {
    at,
    has: (key) => header.index.has(key),
    raw,
    text: (key) => (raw(key) ?? '').trim(),
    read(key, reader, field) {
      const text = (raw(key) ?? '').trim();
      if (text === '') return undefined;
      const result = reader(text);
      if (result.ok) return result.value;
      problem(result.message, field);
      return undefined;
    },
    problem,
    get failed() {
      return failed;
    },
  };
}

export function readId(text: string): ValueResult<string> {
  const parsed = idSchema.safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `id ${quoteValue(text)} cannot be used: ${parsed.error.issues[0]?.message ?? 'it is not a valid id'}` };
}
