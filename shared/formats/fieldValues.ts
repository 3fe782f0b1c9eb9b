// Reading one field's value from the text a spreadsheet or a graph tool wrote. Each reader is
// forgiving about spelling ("External", "resource flow", "RELIES_ON") and strict about meaning,
// and says what is wrong in the field's own words: 'trust level 7 is outside 1–5'.
import { RELATIONSHIP_KINDS, RESOURCE_KINDS, SUBSTITUTABILITY } from '../domain';
import type { Interest, PartySide, RelationshipKind, ResourceKind, Substitutability } from '../domain';
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

/** The trust level may be a mean of sub-scores, so decimals are fine. */
export function readTrustLevel(text: string, label = 'trust level'): ValueResult<number> {
  const value = readNumber(text);
  if (value === null) return bad(`${label} ${quoteValue(text)} is not a number; write a number from 1 to 5`);
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

/** Amounts as spreadsheets show them: "1200", "1,200.50", "$1,200". Never negative. */
export function readAmount(text: string): ValueResult<number> {
  const cleaned = text.trim().replace(/^[$€£]\s*/, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned) ? cleaned.replace(/,/g, '') : cleaned;
  const value = readNumber(plain);
  if (value === null) return bad(`amount ${quoteValue(text)} is not a number`);
  if (value < 0) return bad(`amount ${text.trim()} is negative; amounts cannot be below 0`);
  return ok(value);
}

export function readCoordinate(text: string, label: string): ValueResult<number> {
  const value = readNumber(text);
  return value === null ? bad(`${label} ${quoteValue(text)} is not a number`) : ok(value);
}

const pad = (value: number) => String(value).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as 2026-03-31, or as a US spreadsheet re-saves it, 3/31/2026 (month first): Excel turns
 * typed ISO dates into the computer's local format when it saves a CSV.
 */
export function readDate(text: string, label = 'assessed on'): ValueResult<string> {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return bad(`${label} ${quoteValue(text)} is not a date; write it like 2026-03-31`);
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return bad(`${label} ${quoteValue(text)} is not a real date`);
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
