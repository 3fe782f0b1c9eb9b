// CSV import: parties.csv and relationships.csv (either may come alone, under any file name:
// the header says which is which). Every row is checked and every problem kept before anything
// is decided; relationships are tied to parties later, by the merge plan, because they may
// name parties that already exist in the network.
import { failed } from '../importModel';
import type { ImportedCareLogEntry, ImportedParty, ImportedRelationship, ImportFile, ImportParseResult, ParseOptions } from '../importModel';
import { CARE_LOG_COLUMNS, readCareLogRow } from './careLogCsv';
import { createProblemCollector } from '../problems';
import type { ProblemCollector } from '../problems';
import { PARTY_COLUMNS, RELATIONSHIP_COLUMNS } from './csvColumns';
import type { CsvColumn, PartyColumnKey } from './csvColumns';
import { rowCells } from './csvCells';
import { sniffCsvLocale } from './csvLocale';
import type { RowCells } from './csvCells';
import { classifyHeader, mapHeader } from './csvHeader';
import { readPartyRow, readRelationshipRow } from './csvRowReaders';
import { isBlankRow, readCsvRows } from './csvRows';
import type { CsvRow } from './csvRows';

interface Progress {
  tick(file: ImportFile, share: number): Promise<void>;
}

function progressOver(files: readonly ImportFile[], tick: ParseOptions['tick']): Progress {
  const total = files.reduce((sum, file) => sum + file.text.length, 0) || 1;
  return {
    async tick(file, share) {
      if (!tick) return;
      let before = 0;
      for (const other of files) {
        if (other === file) break;
        before += other.text.length;
      }
      await tick((before + share * file.text.length) / total);
    },
  };
}

async function readTable<K extends string, T>(
  file: ImportFile,
  rows: AsyncGenerator<CsvRow>,
  header: CsvRow,
  columns: readonly CsvColumn<K>[],
  problems: ProblemCollector,
  notes: string[],
  readRow: (cells: RowCells<K>) => T | null,
  onFailed: (cells: RowCells<K>) => void = () => undefined,
): Promise<T[]> {
  const map = mapHeader(header.cells, columns, file.name, problems);
  if (map.ignored.length > 0) notes.push(`${file.name}: columns Careweave does not use were left out: ${map.ignored.join(', ')}.`);
  const items: T[] = [];
  for await (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    const cells = rowCells(row, map, file.name, problems);
    const item = readRow(cells);
    if (item !== null) items.push(item);
    if (item === null || cells.failed) onFailed(cells);
  }
  return items;
}

function missingColumns(file: ImportFile, role: 'parties' | 'relationships', header: readonly string[], problems: ProblemCollector): void {
  const map = mapHeader(header, role === 'parties' ? PARTY_COLUMNS : RELATIONSHIP_COLUMNS, file.name, { add: () => undefined });
  const need = role === 'parties' ? [['name']] : [['from', 'fromId'], ['to', 'toId']];
  for (const alternatives of need) {
    if (!alternatives.some((key) => map.index.has(key as never))) {
      problems.add({ file: file.name, line: 1, element: null, field: alternatives[0] ?? null, message: `the column "${alternatives[0]}" is missing` });
    }
  }
}

export async function csvToImport(files: readonly ImportFile[], options: ParseOptions = {}): Promise<ImportParseResult> {
  const problems = createProblemCollector();
  const notes: string[] = [];
  let parties: ImportedParty[] = [];
  let relationships: ImportedRelationship[] = [];
  let careLog: ImportedCareLogEntry[] = [];
  const progress = progressOver(files, options.tick);
  const seenRoles = new Map<string, string>();
  const ignoredCells = new Map<string, number>();
  const brokenRefs: string[] = [];
  // Numbers and dates are read in one style for the whole spreadsheet, decided first.
  const locale = await sniffCsvLocale(files, options.dateOrder);
  notes.push(...locale.notes);

  for (const file of files) {
    const rows = readCsvRows(file.text, (share) => progress.tick(file, share));
    let header: CsvRow | undefined;
    for (;;) {
      const next = await rows.next();
      if (next.done || !isBlankRow(next.value.cells)) {
        header = next.done ? undefined : next.value;
        break;
      }
    }
    if (!header) {
      problems.add({ file: file.name, line: null, element: null, field: null, message: 'the file is empty; it needs a header row naming its columns' });
      continue;
    }
    const role = classifyHeader(header.cells);
    if (role === 'guide') {
      notes.push(`${file.name} is the template's list of allowed values; it was not imported.`);
      continue;
    }
    if (role === 'unknown') {
      problems.add({
        file: file.name,
        line: 1,
        element: null,
        field: null,
        message:
          'Careweave cannot tell what this file holds: a parties file needs a "name" column, a relationships file "from" and "to" columns. Start from the template (Download template) to see the columns.',
      });
      continue;
    }
    const earlier = seenRoles.get(role);
    if (earlier) {
      problems.add({ file: file.name, line: null, element: null, field: null, message: `this is a second ${role} file (besides ${earlier}); choose one parties file and one relationships file` });
      continue;
    }
    seenRoles.set(role, file.name);
    if (role !== 'careLog') missingColumns(file, role, header.cells, problems);
    if (role === 'careLog') {
      careLog = await readTable(file, rows, header, CARE_LOG_COLUMNS, problems, notes, readCareLogRow);
    } else if (role === 'parties') {
      const remember = (cells: RowCells<'id' | 'name'>) => brokenRefs.push(cells.text('id'), cells.text('name'));
      // Assigned, not pushed with spread: hundreds of thousands of arguments overflow the stack.
      parties = await readTable(file, rows, header, PARTY_COLUMNS, problems, notes, (cells: RowCells<PartyColumnKey>) => readPartyRow(cells, locale.style), remember);
    } else {
      const ignored = { add: (column: string) => ignoredCells.set(column, (ignoredCells.get(column) ?? 0) + 1) };
      relationships = await readTable(file, rows, header, RELATIONSHIP_COLUMNS, problems, notes, (cells) => readRelationshipRow(cells, ignored, locale.style));
    }
  }
  for (const [column, rowsWith] of ignoredCells) {
    notes.push(`"${column}" was filled in on ${rowsWith} relationship row${rowsWith === 1 ? '' : 's'} of a kind it does not belong to; it was left out there.`);
  }
  const imported = { format: 'csv' as const, network: { name: null, description: null }, parties, relationships, notes, careLog };
  if (problems.count > 0) return failed(problems.list, problems.count, notes, { partial: imported, brokenRefs: brokenRefs.filter(Boolean) });
  if (parties.length === 0 && relationships.length === 0 && careLog.length === 0) {
    return failed([{ file: files[0]?.name ?? 'the file', line: null, element: null, field: null, message: 'the files have a header but no rows to import' }], 1, notes);
  }
  return { ok: true, imported };
}
