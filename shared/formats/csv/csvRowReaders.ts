// One row of parties.csv or relationships.csv into an imported party or relationship. Only the
// columns the file has become fields, and a blank cell follows its column's rule (csvColumns.ts),
// so re-importing a sheet with fewer columns never clears what it does not mention.
import { RELATIONSHIP_KINDS } from '../../domain';
import type { RelationshipKind } from '../../domain';
import { FIELD_LABELS } from '../fieldLabels';
import {
  readAmount,
  readCoordinate,
  readDate,
  readInterests,
  readKind,
  readList,
  readPartyType,
  readResource,
  readScore,
  readSide,
  readSubstitutability,
  readTrustLevel,
  readYesNo,
} from '../fieldValues';
import type { ImportedParty, ImportedRelationship, PartyRef } from '../importModel';
import { DEFAULT_STYLE } from '../localeValues';
import type { ValueStyle } from '../localeValues';
import { RELATIONSHIP_COLUMNS } from './csvColumns';
import type { PartyColumnKey, RelationshipColumnKey } from './csvColumns';
import { readId } from './csvCells';
import type { RowCells } from './csvCells';

export function readPartyRow(row: RowCells<PartyColumnKey>, style: ValueStyle = DEFAULT_STYLE): ImportedParty | null {
  const name = row.text('name');
  if (name === '') row.problem('name is empty; every party needs a name', 'name');
  const id = row.read('id', readId, 'id') ?? null;
  const fields: ImportedParty['fields'] = { name };
  if (row.has('shortName')) fields.shortName = row.text('shortName');
  const side = row.read('side', readSide, 'side');
  if (side !== undefined) fields.side = side;
  const type = readPartyType(row.text('type'));
  if (type !== '') fields.type = type;
  if (row.has('tags')) fields.tags = readList(row.text('tags'));
  if (row.has('notes')) fields.notes = row.raw('notes') ?? '';
  if (row.has('interests')) fields.interests = row.read('interests', readInterests, 'interests') ?? [];
  const x = row.read('x', (text) => readCoordinate(text, 'x position', style), 'x position');
  const y = row.read('y', (text) => readCoordinate(text, 'y position', style), 'y position');
  if ((x === undefined) !== (y === undefined) && !row.failed) {
    row.problem('give both x and y positions, or leave both blank', x === undefined ? 'x position' : 'y position');
  }
  if (x !== undefined && y !== undefined) {
    fields.x = x;
    fields.y = y;
  }
  const partOf = organisationRef(row);
  return row.failed ? null : { id, fields, ...(partOf !== undefined ? { partOf } : {}), at: row.at };
}

// "part of id" (written by Careweave) wins; a blank "part of" means the party is part of none.
function organisationRef(row: RowCells<PartyColumnKey>): PartyRef | null | undefined {
  const id = row.text('partOfId');
  if (id !== '') return { value: id, by: 'id' };
  if (!row.has('partOf')) return undefined;
  const value = row.text('partOf');
  return value === '' ? null : { value, by: 'id-or-name' };
}

const KIND_SPECIFIC = RELATIONSHIP_COLUMNS.filter((column) => column.kinds !== undefined);
// Columns only one kind has: an agreement's dates, which two kinds share, say nothing about which.
const ONE_KIND_ONLY = KIND_SPECIFIC.filter((column) => column.kinds?.length === 1);

// A row without a kind is read as the kind whose own columns it fills, when exactly one fits.
function inferKind(row: RowCells<RelationshipColumnKey>): RelationshipKind | null {
  const filled = RELATIONSHIP_KINDS.filter((kind) =>
    ONE_KIND_ONLY.some((column) => column.kinds?.includes(kind) && row.text(column.key) !== ''),
  );
  return filled.length === 1 ? (filled[0] ?? null) : null;
}

function endRef(row: RowCells<RelationshipColumnKey>, byName: 'from' | 'to', byId: 'fromId' | 'toId'): PartyRef | null {
  const id = row.text(byId);
  if (id !== '') return { value: id, by: 'id' };
  const value = row.text(byName);
  if (value !== '') return { value, by: 'id-or-name' };
  row.problem(`"${byName}" is empty; write the name or id of a party`, byName);
  return null;
}

function score(row: RowCells<RelationshipColumnKey>, key: RelationshipColumnKey): number | null | undefined {
  const label = FIELD_LABELS[key] ?? key;
  if (!row.has(key)) return undefined;
  return row.read(key, (text) => readScore(text, label), label) ?? null;
}

// An agreement's term (issue 12): a blank date clears it, a blank "renews" means no.
function termFields(row: RowCells<RelationshipColumnKey>, style: ValueStyle): { startsOn?: string | null; endsOn?: string | null; renews?: boolean } {
  const date = (key: 'startsOn' | 'endsOn', label: string) => (row.has(key) ? { [key]: row.read(key, (text) => readDate(text, label, style), label) ?? null } : {});
  return {
    ...date('startsOn', 'starts on'),
    ...date('endsOn', 'ends on'),
    ...(row.has('renews') ? { renews: row.read('renews', (text) => readYesNo(text, 'renews'), 'renews') ?? false } : {}),
  };
}

export interface IgnoredCells {
  /** Column header → how many rows filled it for a kind it does not belong to. */
  add(header: string): void;
}

function kindFields(row: RowCells<RelationshipColumnKey>, kind: RelationshipKind, style: ValueStyle): ImportedRelationship['fields'] {
  const notes = row.has('notes') ? { notes: row.raw('notes') ?? '' } : {};
  if (kind === 'RELIES_ON') {
    const service = row.text('service');
    const criticality = row.read('criticality', (text) => readScore(text, 'criticality'), 'criticality');
    const substitutability = row.read('substitutability', readSubstitutability, 'substitutability');
    return {
      ...(service !== '' ? { service } : {}),
      ...(criticality !== undefined ? { criticality } : {}),
      ...(substitutability !== undefined ? { substitutability } : {}),
      ...termFields(row, style),
      ...notes,
    };
  }
  if (kind === 'RESOURCE_FLOW') {
    const resource = row.read('resource', readResource, 'resource');
    return {
      ...(resource !== undefined ? { resource } : {}),
      ...(row.has('amount') ? { amount: row.read('amount', (text) => readAmount(text, style), 'amount') ?? null } : {}),
      ...(row.has('unit') ? { unit: row.text('unit') } : {}),
      ...(row.has('period') ? { period: row.text('period') } : {}),
      ...termFields(row, style),
      ...notes,
    };
  }
  const level = row.read('level', (text) => readTrustLevel(text, 'trust level', style), 'trust level');
  const fields: Record<string, unknown> = { ...notes };
  if (level !== undefined) fields.level = level;
  for (const key of ['reliability', 'missionSupport', 'openness'] as const) {
    const value = score(row, key);
    if (value !== undefined) fields[key] = value;
  }
  if (row.has('assessedAt')) fields.assessedAt = row.read('assessedAt', (text) => readDate(text, 'assessed on', style), 'assessed on') ?? null;
  if (row.has('assessedBy')) fields.assessedBy = row.text('assessedBy');
  return fields;
}

export function readRelationshipRow(row: RowCells<RelationshipColumnKey>, ignored: IgnoredCells, style: ValueStyle = DEFAULT_STYLE): ImportedRelationship | null {
  const id = row.read('id', readId, 'id') ?? null;
  const source = endRef(row, 'from', 'fromId');
  const target = endRef(row, 'to', 'toId');
  let kind: RelationshipKind | null | undefined = row.read('kind', readKind, 'kind');
  if (kind === undefined && row.text('kind') === '') {
    kind = inferKind(row);
    if (kind === null) row.problem('kind is empty; write reliance, resource flow or trust', 'kind');
  }
  if (!kind || !source || !target) return null;
  for (const column of KIND_SPECIFIC) {
    if (!column.kinds?.includes(kind) && row.text(column.key) !== '') ignored.add(column.header);
  }
  const fields = kindFields(row, kind, style);
  // Built per kind above; the union cannot be narrowed through a variable kind.
  return { id, kind, source, target, fields, at: row.at, ...(row.failed ? { damaged: true } : {}) } as ImportedRelationship;
}
