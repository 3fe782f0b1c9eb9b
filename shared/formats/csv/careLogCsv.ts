// The care log as the third CSV table (issue 12), "… - care log.csv": one touchpoint a row, what it
// is about in words (a party's name, or "A → B") beside the ids that say it exactly, so a sheet
// can be read, added to and imported back. A new row may name its party by name instead of id.
import { TOUCHPOINT_KINDS, TOUCHPOINT_LABELS } from '../../domain';
import type { CareLogFields, NetworkGraph, TouchpointKind } from '../../domain';
import type { DocumentCareLogEntry } from '../documentHistory';
import { normalizeWord, readDate } from '../fieldValues';
import type { ValueResult } from '../fieldValues';
import type { ImportedCareLogEntry } from '../importModel';
import { quoteValue } from '../problems';
import { readId } from './csvCells';
import type { RowCells } from './csvCells';
import type { CsvColumn } from './csvColumns';
import { toCsvText } from './networkToCsv';

export type CareLogColumnKey = 'id' | 'on' | 'kind' | 'about' | 'partyId' | 'relationshipId' | 'note' | 'owner';

const word = (key: CareLogColumnKey, header: string, aliases: string[], blank: 'empty' | 'keep', meaning: string, allowed: string): CsvColumn<CareLogColumnKey> => ({
  key,
  header,
  aliases,
  blank,
  meaning,
  allowed,
});

export const CARE_LOG_COLUMNS: readonly CsvColumn<CareLogColumnKey>[] = [
  word('id', 'id', ['entry id'], 'keep', 'A short code that never changes; keep it so importing again does not log the touchpoint twice.', 'letters, digits, . _ : -'),
  word('on', 'date', ['on', 'day', 'when'], 'keep', 'The day of the touchpoint. Required.', 'a date like 2026-03-31 (or 3/31/2026)'),
  word('kind', 'touchpoint', ['kind', 'type', 'touchpoint kind'], 'keep', 'What kind of touchpoint it was. Required.', TOUCHPOINT_KINDS.map((kind) => TOUCHPOINT_LABELS[kind].toLowerCase()).join('; ')),
  word('about', 'about', ['with', 'party or relationship'], 'keep', 'Whom it was with: a party’s name or id. Written by Careweave in words; a relationship is "from → to".', 'a party name or id'),
  word('partyId', 'party id', [], 'keep', 'The party it is about; when given it wins over "about".', 'an id'),
  word('relationshipId', 'relationship id', [], 'keep', 'The relationship it is about, when it is about a relationship; wins over the party.', 'an id'),
  word('note', 'note', ['notes', 'comments', 'summary'], 'empty', 'What happened, what was agreed.', 'any text'),
  word('owner', 'owner', ['staff', 'staff member', 'relationship owner', 'by'], 'empty', 'The staff member who owns the relationship.', 'any text'),
];

const KIND_WORDS: Record<string, TouchpointKind> = Object.fromEntries(
  TOUCHPOINT_KINDS.flatMap((kind) => [
    [normalizeWord(kind), kind],
    [normalizeWord(TOUCHPOINT_LABELS[kind]), kind],
  ]),
);
KIND_WORDS.signed = 'agreement-signed';
KIND_WORDS.phone = 'call';
KIND_WORDS.phonecall = 'call';

export function readTouchpointKind(text: string): ValueResult<TouchpointKind> {
  const kind = KIND_WORDS[normalizeWord(text)];
  return kind ? { ok: true, value: kind } : { ok: false, message: `touchpoint ${quoteValue(text)} is not one of: ${TOUCHPOINT_KINDS.map((k) => TOUCHPOINT_LABELS[k].toLowerCase()).join(', ')}` };
}

export function careLogToCsv(entries: readonly DocumentCareLogEntry[], graph: Pick<NetworkGraph, 'parties' | 'relationships'>): string {
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const ends = new Map(graph.relationships.map((relationship) => [relationship.id, relationship]));
  const name = (id: string) => names.get(id) ?? id;
  const rows = [...entries]
    .sort((a, b) => (a.on === b.on ? (a.id < b.id ? -1 : 1) : a.on < b.on ? -1 : 1))
    .map((entry) => {
      const relationship = entry.about.kind === 'relationship' ? ends.get(entry.about.id) : undefined;
      const about = relationship ? `${name(relationship.source)} → ${name(relationship.target)}` : name(entry.about.id);
      const cells: Record<CareLogColumnKey, string> = {
        id: entry.id,
        on: entry.on,
        kind: TOUCHPOINT_LABELS[entry.kind].toLowerCase(),
        about,
        partyId: entry.about.kind === 'party' ? entry.about.id : '',
        relationshipId: entry.about.kind === 'relationship' ? entry.about.id : '',
        note: entry.note,
        owner: entry.owner,
      };
      return CARE_LOG_COLUMNS.map((column) => cells[column.key]);
    });
  return toCsvText(
    CARE_LOG_COLUMNS.map((column) => column.header),
    rows,
  );
}

export function readCareLogRow(row: RowCells<CareLogColumnKey>): ImportedCareLogEntry | null {
  const id = row.read('id', readId, 'id') ?? null;
  const on = row.read('on', (text) => readDate(text, 'date'), 'date');
  if (on === undefined && row.text('on') === '') row.problem('date is empty; write the day of the touchpoint, like 2026-03-31', 'date');
  const kind = row.read('kind', readTouchpointKind, 'touchpoint');
  if (kind === undefined && row.text('kind') === '') row.problem(`touchpoint is empty; write one of: ${TOUCHPOINT_KINDS.map((k) => TOUCHPOINT_LABELS[k].toLowerCase()).join(', ')}`, 'touchpoint');
  const relationshipId = row.read('relationshipId', readId, 'relationship id');
  const partyId = row.text('partyId');
  const about: ImportedCareLogEntry['about'] | null =
    relationshipId !== undefined
      ? { kind: 'relationship', id: relationshipId }
      : partyId !== ''
        ? { kind: 'party', ref: { value: partyId, by: 'id' } }
        : row.text('about') !== ''
          ? { kind: 'party', ref: { value: row.text('about'), by: 'id-or-name' } }
          : null;
  if (!about) row.problem('"about" is empty; write the name or id of the party the touchpoint was with', 'about');
  if (row.failed || on === undefined || kind === undefined || !about) return null;
  const fields: CareLogFields = { on, kind, note: row.raw('note') ?? '', owner: row.text('owner') };
  return { id, about, fields, createdAt: null, at: row.at };
}
