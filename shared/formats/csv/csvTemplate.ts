// The spreadsheet template: parties.csv and relationships.csv with a few example rows that
// import as they are, and allowed-values.csv, a guide to every column. Relationships in the
// template name their parties by name, the way a person filling it in would.
import { PARTY_COLUMNS, RELATIONSHIP_COLUMNS } from './csvColumns';
import type { CsvColumn, PartyColumnKey, RelationshipColumnKey } from './csvColumns';
import { toCsvText } from './networkToCsv';

export const TEMPLATE_FILE_NAMES = {
  parties: 'parties.csv',
  relationships: 'relationships.csv',
  guide: 'allowed-values.csv',
} as const;

const PARTY_EXAMPLES: Partial<Record<PartyColumnKey, string>>[] = [
  {
    name: 'Senior Behavioral Health Unit',
    side: 'internal',
    type: 'hospital unit/department',
    tags: 'inpatient; geri-psych',
    notes: '10 beds',
    interests: 'discharge: wants faster placement; admission: wants appropriate referrals',
    partOf: 'Cedar Bend Memorial Hospital',
  },
  { name: 'Cedar Bend Memorial Hospital', side: 'internal', type: 'healthcare provider', notes: 'an organisation: the unit above is part of it' },
  { name: 'County Transit', side: 'internal', type: 'community agency', tags: 'transport', interests: 'cost: wants lower' },
  { name: 'Medicaid managed care plan', side: 'internal', type: 'payer' },
  { name: 'Older adult patients', side: 'external', type: 'patient' },
];

const RELATIONSHIP_EXAMPLES: Partial<Record<RelationshipColumnKey, string>>[] = [
  { kind: 'reliance', from: 'Senior Behavioral Health Unit', to: 'County Transit', service: 'patient transport', criticality: '4', substitutability: 'limited' },
  { kind: 'resource flow', from: 'Medicaid managed care plan', to: 'Senior Behavioral Health Unit', resource: 'funding', amount: '250000', unit: 'USD', period: 'year' },
  { kind: 'trust', from: 'Senior Behavioral Health Unit', to: 'County Transit', reliability: '4', missionSupport: '3', openness: '4', assessedAt: '2026-03-31', notes: 'trust level left blank: it becomes the mean of the three scores' },
  { kind: 'reliance', from: 'Older adult patients', to: 'Senior Behavioral Health Unit', service: 'inpatient psychiatric care', criticality: '5', substitutability: 'none' },
];

// The template leaves out the id columns: Careweave makes ids, and names are what people type.
const templateColumns = <K extends string>(columns: readonly CsvColumn<K>[]) =>
  columns.filter((column) => !['id', 'fromId', 'toId', 'partOfId'].includes(column.key));

function table<K extends string>(columns: readonly CsvColumn<K>[], examples: Partial<Record<K, string>>[]): string {
  const shown = templateColumns(columns);
  return toCsvText(
    shown.map((column) => column.header),
    examples.map((example) => shown.map((column) => example[column.key] ?? '')),
  );
}

function guideRows<K extends string>(file: string, columns: readonly CsvColumn<K>[], required: readonly string[]): string[][] {
  return columns.map((column) => [
    file,
    column.header,
    required.includes(column.key) ? 'yes' : 'no',
    column.meaning,
    column.allowed,
    column.blank === 'empty' ? 'means none (clears it when updating)' : 'keeps the current value (or the default)',
  ]);
}

export function csvTemplate(): Record<keyof typeof TEMPLATE_FILE_NAMES, string> {
  return {
    parties: table(PARTY_COLUMNS, PARTY_EXAMPLES),
    relationships: table(RELATIONSHIP_COLUMNS, RELATIONSHIP_EXAMPLES),
    guide: toCsvText(
      ['file', 'column', 'required', 'what it means', 'allowed values', 'when left blank'],
      [
        ...guideRows(TEMPLATE_FILE_NAMES.parties, PARTY_COLUMNS, ['name']),
        ...guideRows(TEMPLATE_FILE_NAMES.relationships, RELATIONSHIP_COLUMNS, ['from', 'to']),
      ],
    ),
  };
}
