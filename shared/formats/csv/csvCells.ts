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

// A class rather than an object of closures: a large file has hundreds of thousands of rows,
// and per-row closures were a measurable share of the import's time and garbage.
class RowReader<K extends string> implements RowCells<K> {
  readonly at: SourceRef;
  failed = false;

  constructor(
    private readonly row: CsvRow,
    private readonly header: HeaderMap<K>,
    private readonly problems: { add(problem: ImportProblem): void },
    file: string,
  ) {
    this.at = { file, line: row.line, element: null };
    if (row.error) this.problem(`this line cannot be read: ${row.error}`);
    let extra = false;
    for (let index = header.width; index < row.cells.length; index += 1) if ((row.cells[index] ?? '').trim() !== '') extra = true;
    if (extra) {
      this.problem(
        `this line has ${row.cells.length} cells but the header has ${header.width} columns; a value probably contains a comma or semicolon — put that value in double quotes`,
      );
    }
  }

  has(key: K): boolean {
    return this.header.index.has(key);
  }

  raw(key: K): string | undefined {
    const position = this.header.index.get(key);
    return position === undefined ? undefined : unguardCell(this.row.cells[position] ?? '');
  }

  text(key: K): string {
    return (this.raw(key) ?? '').trim();
  }

  read<T>(key: K, reader: (text: string) => ValueResult<T>, field: string): T | undefined {
    const text = this.text(key);
    if (text === '') return undefined;
    const result = reader(text);
    if (result.ok) return result.value;
    this.problem(result.message, field);
    return undefined;
  }

  problem(message: string, field: string | null = null): void {
    this.failed = true;
    this.problems.add({ ...this.at, field, message });
  }
}

export function rowCells<K extends string>(
  row: CsvRow,
  header: HeaderMap<K>,
  file: string,
  problems: { add(problem: ImportProblem): void },
): RowCells<K> {
  return new RowReader(row, header, problems, file);
}

export function readId(text: string): ValueResult<string> {
  const parsed = idSchema.safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `id ${quoteValue(text)} cannot be used: ${parsed.error.issues[0]?.message ?? 'it is not a valid id'}` };
}
