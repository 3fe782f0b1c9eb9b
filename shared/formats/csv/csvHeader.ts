// Finds the known columns in a CSV header row, by name and in any order, and says which file a
// header belongs to, so the person may choose parties.csv and relationships.csv in one go
// under any names.
import type { ImportProblem } from '../problems';
import { findColumn, PARTY_COLUMNS, RELATIONSHIP_COLUMNS } from './csvColumns';
import type { CsvColumn } from './csvColumns';
import { normalizeWord } from '../fieldValues';

export type CsvFileRole = 'parties' | 'relationships' | 'careLog' | 'guide' | 'unknown';

export interface HeaderMap<K extends string> {
  /** Where each known column is; a column that is not in the file has no entry. */
  index: Map<K, number>;
  width: number;
  ignored: string[];
}

/** True for a header row of the care log table: it has a "touchpoint" column. */
function isCareLogHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => normalizeWord(cell) === 'touchpoint');
}

export function classifyHeader(cells: readonly string[]): CsvFileRole {
  if (isCareLogHeader(cells)) return 'careLog';
  const relationshipKeys = new Set(cells.map((cell) => findColumn(RELATIONSHIP_COLUMNS, cell)?.key));
  if ((relationshipKeys.has('from') || relationshipKeys.has('fromId')) && (relationshipKeys.has('to') || relationshipKeys.has('toId'))) {
    return 'relationships';
  }
  if (cells.some((cell) => findColumn(PARTY_COLUMNS, cell)?.key === 'name')) return 'parties';
  // The template's allowed-values.csv; people often choose it together with the other two.
  if (cells.map((cell) => cell.trim().toLowerCase()).join(',').startsWith('file,column')) return 'guide';
  return 'unknown';
}

export function mapHeader<K extends string>(
  cells: readonly string[],
  columns: readonly CsvColumn<K>[],
  file: string,
  problems: { add(problem: ImportProblem): void },
): HeaderMap<K> {
  const index = new Map<K, number>();
  const ignored: string[] = [];
  cells.forEach((cell, position) => {
    const column = findColumn(columns, cell);
    if (!column) {
      if (cell.trim() !== '') ignored.push(cell.trim());
      return;
    }
    if (index.has(column.key)) {
      problems.add({
        file,
        line: 1,
        element: null,
        field: column.header,
        message: `the column "${column.header}" appears twice (as "${cells[index.get(column.key) ?? 0]?.trim()}" and "${cell.trim()}"); keep one`,
      });
      return;
    }
    index.set(column.key, position);
  });
  return { index, width: cells.length, ignored };
}
