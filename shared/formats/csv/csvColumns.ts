// The columns of parties.csv and relationships.csv: the header each is written with, the other
// headers a person might type for it, what a blank cell means, and the words the template's
// guide shows. Columns are found by name, in any order. There is a column for every field of the
// domain's schemas (shared/domain/fields.ts): the tables below are keyed by those field names, so
// a field without a column does not compile, and which kinds a column belongs to comes from them.
import { DEFAULT_PARTY_TYPES, kindsWithField, RESOURCE_KINDS, SUBSTITUTABILITY } from '../../domain';
import type { PartyFieldName, RelationshipFieldName, RelationshipKind } from '../../domain';
import { normalizeWord } from '../fieldValues';

export type PartyColumnKey = 'id' | PartyFieldName | 'partOfId';
export type RelationshipColumnKey = 'id' | 'kind' | 'from' | 'to' | 'fromId' | 'toId' | RelationshipFieldName;

export interface CsvColumn<K extends string> {
  key: K;
  header: string;
  aliases: readonly string[];
  /** 'empty': a blank cell clears the value; 'keep': a blank cell leaves it as it is (or the default). */
  blank: 'empty' | 'keep';
  /** The relationship kinds the column belongs to; absent for columns every row uses. */
  kinds?: readonly RelationshipKind[];
  meaning: string;
  allowed: string;
}

type ColumnWords = Omit<CsvColumn<string>, 'key' | 'kinds'>;

// In the order the files' columns are written.
function columns<K extends string>(words: Record<K, ColumnWords>, kindsOf: (key: K) => RelationshipKind[] = () => []): readonly CsvColumn<K>[] {
  return (Object.keys(words) as K[]).map((key) => {
    const kinds = kindsOf(key);
    return { key, ...words[key], ...(kinds.length > 0 ? { kinds } : {}) };
  });
}

const internalTypes = DEFAULT_PARTY_TYPES.internal.join('; ');
const externalTypes = DEFAULT_PARTY_TYPES.external.join('; ');

export const PARTY_COLUMNS = columns<PartyColumnKey>({
  id: { header: 'id', aliases: ['party id', 'key'], blank: 'keep', meaning: 'A short code that never changes. Leave blank and Careweave makes one; keep it to update the same party later.', allowed: 'letters, digits, . _ : -' },
  name: { header: 'name', aliases: ['party', 'party name', 'label', 'organisation', 'organization'], blank: 'keep', meaning: 'The party’s name, as relationships.csv refers to it. Required.', allowed: 'any text' },
  shortName: { header: 'short name', aliases: ['display name', 'short label', 'map label', 'abbreviation'], blank: 'empty', meaning: 'Optional: a few words the map shows instead of a long name (the full name stays everywhere else).', allowed: 'up to 40 characters' },
  side: { header: 'side', aliases: ['customer', 'internal or external'], blank: 'keep', meaning: 'internal = a stakeholder with a professional interest; external = patients, clients and families.', allowed: 'internal; external (may be left blank when the type is patient, client or family/caregiver)' },
  type: { header: 'type', aliases: ['party type', 'category'], blank: 'keep', meaning: 'What kind of party it is. Your own types are fine too.', allowed: `internal: ${internalTypes}. external: ${externalTypes}` },
  tags: { header: 'tags', aliases: ['tag', 'keywords'], blank: 'empty', meaning: 'Words to find and filter parties by.', allowed: 'separate several with ;' },
  notes: { header: 'notes', aliases: ['note', 'description', 'comments'], blank: 'empty', meaning: 'Anything worth remembering.', allowed: 'any text' },
  interests: { header: 'interests', aliases: ['interest', 'agenda', 'agendas'], blank: 'empty', meaning: 'What the party wants, topic and stance.', allowed: 'topic: stance; topic: stance (e.g. discharge: wants faster)' },
  x: { header: 'x', aliases: ['x position', 'pos x'], blank: 'keep', meaning: 'Where the party sits on the map. Leave blank and Careweave places it.', allowed: 'a number' },
  y: { header: 'y', aliases: ['y position', 'pos y'], blank: 'keep', meaning: 'Where the party sits on the map.', allowed: 'a number' },
  partOf: { header: 'part of', aliases: ['organisation of', 'organization of', 'member of', 'department of', 'parent'], blank: 'empty', meaning: 'The organisation this party belongs to (a hospital for its departments): its name or its id. Blank means none.', allowed: 'a name or id from parties.csv or the network' },
  partOfId: { header: 'part of id', aliases: ['parent id', 'organisation id', 'organization id'], blank: 'keep', meaning: 'Written by Careweave so names can be changed safely; when given it wins over "part of".', allowed: 'an id' },
});

export const RELATIONSHIP_COLUMNS = columns<RelationshipColumnKey>({
  id: { header: 'id', aliases: ['relationship id', 'key'], blank: 'keep', meaning: 'A short code that never changes; keep it to update the same relationship later.', allowed: 'letters, digits, . _ : -' },
  kind: { header: 'kind', aliases: ['relationship', 'relationship kind', 'relationship type', 'type'], blank: 'keep', meaning: 'reliance: from relies on to; resource flow: from provides to to; trust: from trusts to. May be left blank when the other cells make it clear.', allowed: 'reliance; resource flow; trust' },
  from: { header: 'from', aliases: ['source', 'from party'], blank: 'keep', meaning: 'The party the relationship starts at: its name or its id. Required.', allowed: 'a name or id from parties.csv or the network' },
  to: { header: 'to', aliases: ['target', 'to party'], blank: 'keep', meaning: 'The party the relationship points to: its name or its id. Required.', allowed: 'a name or id from parties.csv or the network' },
  fromId: { header: 'from id', aliases: ['source id'], blank: 'keep', meaning: 'Written by Careweave so names can be changed safely; when given it wins over "from".', allowed: 'an id' },
  toId: { header: 'to id', aliases: ['target id'], blank: 'keep', meaning: 'As "from id", for the other end.', allowed: 'an id' },
  service: { header: 'service', aliases: ['relies on for'], blank: 'keep', meaning: 'Reliance: what is relied on (referrals, discharge placement, transport…). Required for reliance.', allowed: 'any text' },
  criticality: { header: 'criticality', aliases: [], blank: 'keep', meaning: 'Reliance: how much it matters, 1 (little) to 5 (cannot work without). Blank means 3.', allowed: '1; 2; 3; 4; 5' },
  substitutability: { header: 'substitutability', aliases: ['substitutes', 'alternatives'], blank: 'keep', meaning: 'Reliance: could someone else provide it? Blank means none.', allowed: SUBSTITUTABILITY.join('; ') },
  resource: { header: 'resource', aliases: ['resource kind'], blank: 'keep', meaning: 'Resource flow: what is provided. Required for resource flows.', allowed: RESOURCE_KINDS.join('; ') },
  amount: { header: 'amount', aliases: ['quantity'], blank: 'empty', meaning: 'Resource flow: how much. Blank means unknown.', allowed: 'a number, 0 or more' },
  unit: { header: 'unit', aliases: [], blank: 'empty', meaning: 'Resource flow: the unit of the amount (USD, referrals, beds…).', allowed: 'any text' },
  period: { header: 'period', aliases: ['per'], blank: 'empty', meaning: 'Resource flow: per what time (month, year…).', allowed: 'any text' },
  startsOn: { header: 'starts on', aliases: ['start', 'start date', 'starts', 'from date'], blank: 'empty', meaning: 'Reliance or resource flow: the day the agreement starts. Blank means no known start.', allowed: 'a date like 2026-07-01 (or 7/1/2026)' },
  endsOn: { header: 'ends on', aliases: ['end', 'end date', 'ends', 'until', 'contract end'], blank: 'empty', meaning: 'Reliance or resource flow: the day the agreement ends (its term). Blank means no known end.', allowed: 'a date like 2027-06-30 (or 6/30/2027)' },
  renews: { header: 'renews', aliases: ['renewal', 'auto renews', 'renews automatically'], blank: 'empty', meaning: 'Reliance or resource flow: does the agreement renew by itself when it ends? Blank means no.', allowed: 'yes; no' },
  level: { header: 'trust level', aliases: ['level', 'trust'], blank: 'keep', meaning: 'Trust: from 1 (none) to 5 (complete). Blank means the mean of the three scores after it.', allowed: 'a number from 1 to 5' },
  reliability: { header: 'reliability', aliases: [], blank: 'empty', meaning: 'Trust: does the party do what it says?', allowed: '1; 2; 3; 4; 5; or blank' },
  missionSupport: { header: 'mission support', aliases: ['mission'], blank: 'empty', meaning: 'Trust: does the party support the shared mission?', allowed: '1; 2; 3; 4; 5; or blank' },
  openness: { header: 'openness', aliases: [], blank: 'empty', meaning: 'Trust: is the party open to discussion?', allowed: '1; 2; 3; 4; 5; or blank' },
  assessedAt: { header: 'assessed on', aliases: ['assessed', 'assessed at', 'date'], blank: 'empty', meaning: 'Trust: when it was last assessed.', allowed: 'a date like 2026-03-31 (or 3/31/2026)' },
  assessedBy: { header: 'assessed by', aliases: ['assessor', 'rated by'], blank: 'empty', meaning: 'Trust: who made the assessment (a person, or the partner that answered a survey).', allowed: 'any text' },
  notes: { header: 'notes', aliases: ['note', 'description', 'comments'], blank: 'empty', meaning: 'Anything worth remembering.', allowed: 'any text' },
}, kindsWithField);

// Headers are matched without case, spaces, dashes or a trailing "(1-5)" hint a person adds.
export function normalizeHeader(header: string): string {
  return normalizeWord(header.replace(/\([^)]*\)/g, '').replace(/[*:]/g, ''));
}

export function findColumn<K extends string>(columns: readonly CsvColumn<K>[], header: string): CsvColumn<K> | null {
  const wanted = normalizeHeader(header);
  if (wanted === '') return null;
  return (
    columns.find((column) => normalizeHeader(column.header) === wanted) ??
    columns.find((column) => column.aliases.some((alias) => normalizeHeader(alias) === wanted)) ??
    null
  );
}
