// Reading one field's value from the text a spreadsheet or a graph tool wrote. Each reader is
// forgiving about spelling ("External", "resource flow", "RELIES_ON") and strict about meaning,
// and says what is wrong in the field's own words: 'trust level 7 is outside 1–5'.
import { DEFAULT_PARTY_TYPES, RELATIONSHIP_KINDS, RESOURCE_KINDS, SUBSTITUTABILITY } from '../domain';
import type { Interest, PartySide, RelationshipKind, ResourceKind, Substitutability } from '../domain';
import { dateExample, dateParts, DEFAULT_STYLE, isNumericDate, numberExample, plainNumber } from './localeValues';
import type { ValueStyle } from './localeValues';
import { quoteValue } from './problems';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const bad = <T>(message: string): ValueResult<T> => ({ ok: false, message });

/** Lower case, and spaces, dashes and underscores removed: "Mission_Support" → "missionsupport". */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[\s_\-./]+/g, '');
}

// Accepts "4", "4.0" and "  4 "; refuses "four", "4a" and "" so a typo is never read as a number.
function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/^\+/, '');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A whole score from 1 to 5: criticality, reliability, mission support, openness. */
export function readScore(text: string, label: string): ValueResult<number> {
  const value = readNumber(text);
  if (value === null) return bad(`${label} ${quoteValue(text)} is not a number; write a whole number from 1 to 5`);
  if (value < 1 || value > 5) return bad(`${label} ${text.trim()} is outside 1–5`);
  if (!Number.isInteger(value)) return bad(`${label} ${text.trim()} is not a whole number; write 1, 2, 3, 4 or 5`);
  return ok(value);
}

/** A number written with the file's decimal mark (localeValues.ts). */
function readStyledNumber(text: string, style: ValueStyle): number | null {
  const plain = plainNumber(text, style.decimal);
  return plain === null ? null : readNumber(plain);
}

/** The trust level may be a mean of sub-scores, so decimals are fine. */
export function readTrustLevel(text: string, label = 'trust level', style: ValueStyle = DEFAULT_STYLE): ValueResult<number> {
  const value = readStyledNumber(text, style);
  if (value === null) return bad(`${label} ${quoteValue(text)} is not a number; write a number from 1 to 5, like ${style.decimal === ',' ? '3,5' : '3.5'}`);
  if (value < 1 || value > 5) return bad(`${label} ${text.trim()} is outside 1–5`);
  return ok(value);
}

const SIDE_WORDS: Record<string, PartySide> = {
  internal: 'internal',
  internalcustomer: 'internal',
  int: 'internal',
  external: 'external',
  externalcustomer: 'external',
  ext: 'external',
};

export function readSide(text: string): ValueResult<PartySide> {
  const side = SIDE_WORDS[normalizeWord(text)];
  return side ? ok(side) : bad(`side ${quoteValue(text)} is not one of: internal, external`);
}

const BUILT_IN_TYPES = new Map([...DEFAULT_PARTY_TYPES.internal, ...DEFAULT_PARTY_TYPES.external].map((type) => [normalizeWord(type), type]));

/**
 * A party type as typed: a built-in type however it is capitalised or spaced ("Community
 * agency", "Family / caregiver") is that type, so it is not added as a new one; anything else
 * is the person's own type, kept as written.
 */
export function readPartyType(text: string): string {
  const trimmed = text.trim();
  return BUILT_IN_TYPES.get(normalizeWord(trimmed)) ?? trimmed;
}

const KIND_WORDS: Record<string, RelationshipKind> = {
  ...Object.fromEntries(RELATIONSHIP_KINDS.map((kind) => [normalizeWord(kind), kind])),
  reliance: 'RELIES_ON',
  relieson: 'RELIES_ON',
  relies: 'RELIES_ON',
  dependency: 'RELIES_ON',
  dependson: 'RELIES_ON',
  resourceflow: 'RESOURCE_FLOW',
  resource: 'RESOURCE_FLOW',
  flow: 'RESOURCE_FLOW',
  provides: 'RESOURCE_FLOW',
  providesto: 'RESOURCE_FLOW',
  trust: 'TRUSTS',
  trusts: 'TRUSTS',
};

export function kindFromWord(text: string): RelationshipKind | null {
  return KIND_WORDS[normalizeWord(text)] ?? null;
}

export function readKind(text: string): ValueResult<RelationshipKind> {
  const kind = kindFromWord(text);
  return kind ? ok(kind) : bad(`kind ${quoteValue(text)} is not one of: reliance, resource flow, trust`);
}

export function readSubstitutability(text: string): ValueResult<Substitutability> {
  const word = normalizeWord(text);
  const found = SUBSTITUTABILITY.find((value) => value === word);
  return found ? ok(found) : bad(`substitutability ${quoteValue(text)} is not one of: ${SUBSTITUTABILITY.join(', ')}`);
}

export function readResource(text: string): ValueResult<ResourceKind> {
  const word = normalizeWord(text);
  const found = RESOURCE_KINDS.find((value) => value === word);
  return found ? ok(found) : bad(`resource ${quoteValue(text)} is not one of: ${RESOURCE_KINDS.join(', ')}`);
}

/**
 * Amounts as spreadsheets show them: "1200", "1,200.50", "$1,200", or with a decimal comma
 * "1.200,50" and "1 200,5" when the file writes numbers so. Never negative.
 */
export function readAmount(text: string, style: ValueStyle = DEFAULT_STYLE): ValueResult<number> {
  const value = readStyledNumber(text, style);
  if (value === null) return bad(`amount ${quoteValue(text)} is not a number; write it like ${numberExample(style.decimal)}`);
  if (value < 0) return bad(`amount ${text.trim()} is negative; amounts cannot be below 0`);
  return ok(value);
}

export function readCoordinate(text: string, label: string, style: ValueStyle = DEFAULT_STYLE): ValueResult<number> {
  const value = readStyledNumber(text, style);
  return value === null ? bad(`${label} ${quoteValue(text)} is not a number; write it like ${numberExample(style.decimal)}`) : ok(value);
}

const pad = (value: number) => String(value).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as 2026-03-31, or as a spreadsheet re-saves it in the computer's local format (Excel
 * turns typed ISO dates into it when it saves a CSV): 3/31/2026 month first in the US, 31/03/2026
 * or 31.03.2026 day first in most other places; the style says which (localeValues.ts).
 */
export function readDate(text: string, label = 'assessed on', style: ValueStyle = DEFAULT_STYLE): ValueResult<string> {
  const parts = dateParts(text, style.dates);
  if (!parts) return bad(`${label} ${quoteValue(text)} is not a date; write it like ${dateExample(style.dates)}`);
  const { year, month, day } = parts;
  if (!isRealDate(year, month, day)) {
    const read = isNumericDate(text) ? ` when read ${style.dates === 'day-first' ? 'day first' : 'month first'}; write it like ${dateExample(style.dates)}` : '';
    return bad(`${label} ${quoteValue(text)} is not a real date${read}`);
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

const YES_WORDS = new Set(['yes', 'y', 'true', '1', 'renews', 'x']);
const NO_WORDS = new Set(['no', 'n', 'false', '0', '']);

/** Yes or no, as spreadsheets and graph tools write it: "yes", "TRUE", "1", "no". */
export function readYesNo(text: string, label: string): ValueResult<boolean> {
  const word = normalizeWord(text);
  if (YES_WORDS.has(word)) return ok(true);
  if (NO_WORDS.has(word)) return ok(false);
  return bad(`${label} ${quoteValue(text)} is not yes or no`);
}

/** Lists in one cell are separated by semicolons: "rural; inpatient". */
export const LIST_SEPARATOR = ';';

export function readList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function writeList(items: readonly string[]): string {
  return items.join(`${LIST_SEPARATOR} `);
}

/** "discharge: wants faster; cost: wants lower" — the stored "topic: stance" form, listed. */
export function readInterests(text: string): ValueResult<Interest[]> {
  const interests: Interest[] = [];
  for (const item of readList(text)) {
    const colon = item.indexOf(':');
    if (colon <= 0 || item.slice(colon + 1).trim() === '') {
      return bad(`interest ${quoteValue(item)} needs a topic and a stance, like "discharge: wants faster"`);
    }
    interests.push({ topic: item.slice(0, colon).trim(), stance: item.slice(colon + 1).trim() });
  }
  return ok(interests);
}

export function writeInterests(interests: readonly Interest[]): string {
  return writeList(interests.map((interest) => `${interest.topic}: ${interest.stance}`));
}
