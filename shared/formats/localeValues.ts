// Numbers and dates as spreadsheets in different countries write them. A US or UK Excel saves
// 1,234.5 and 3/31/2026; a German, French or Dutch one 1.234,5 or 1 234,5 and 31.03.2026 or
// 31/03/2026. Which one a file uses is decided once for the whole file (csv/csvLocale.ts), from
// the values that can only be read one way, and every value is then read that way.

export type DecimalMark = '.' | ',';
export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How a file writes its numbers and dates. */
export interface ValueStyle {
  decimal: DecimalMark;
  dates: DateOrder;
}

export const DEFAULT_STYLE: ValueStyle = { decimal: '.', dates: 'month-first' };

const CURRENCY = /^[$€£]\s*|\s*[$€£]$/g;
// Thousands grouped by spaces (also the no-break spaces French Excel writes) or apostrophes.
const SPACE_GROUPS = /^-?\d{1,3}([ \u00A0\u202F']\d{3})+([.,]\d+)?$/;

/** The number as plain JavaScript digits ("-1234.5"), or null when it is not one in this style. */
export function plainNumber(text: string, mark: DecimalMark): string | null {
  let value = text.trim().replace(CURRENCY, '');
  if (SPACE_GROUPS.test(value)) value = value.replace(/[ \u00A0\u202F']/g, '');
  const group = mark === ',' ? '.' : ',';
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${mark}\\d+)?$`);
  if (grouped.test(value)) value = value.split(group).join('');
  if (value.includes(group)) return null;
  return mark === ',' ? value.replace(',', '.') : value;
}

/**
 * Which decimal mark one value shows, or null when it could be either ("1,234" is a thousand
 * and some with a point, one and a bit with a comma) or has none.
 */
export function decimalEvidence(text: string): DecimalMark | null {
  const value = text.trim().replace(CURRENCY, '').replace(/[ \u00A0\u202F']/g, '');
  if (!/^-?[\d.,]+$/.test(value)) return null;
  const dot = value.lastIndexOf('.');
  const comma = value.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
  if (mark === null) return null;
  const parts = value.split(mark);
  // A mark used twice groups thousands, so the decimal mark is the other one.
  if (parts.length > 2) return mark === '.' ? ',' : '.';
  return (parts[1] ?? '').length === 3 ? null : mark;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Which order one date shows: 31/03/2026 and 31.03.2026 are day first, 3/31/2026 month first. */
export function dateEvidence(text: string): DateOrder | null {
  const match = NUMERIC_DATE.exec(text.trim());
  if (!match) return null;
  const [first, separator, second] = [Number(match[1]), match[2], Number(match[3])];
  // Nobody writes the month first with dots.
  if (separator === '.' || first > 12) return 'day-first';
  return second > 12 ? 'month-first' : null;
}

export function isNumericDate(text: string): boolean {
  return NUMERIC_DATE.test(text.trim());
}

export function dateParts(text: string, order: DateOrder): DateParts | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const match = NUMERIC_DATE.exec(trimmed);
  if (!match) return null;
  const [first, separator, second, year] = [Number(match[1]), match[2], Number(match[3]), Number(match[4])];
  const dayFirst = separator === '.' || order === 'day-first';
  return dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
}

/** How the expected format is said in messages. */
export function numberExample(mark: DecimalMark): string {
  return mark === ',' ? '1234,5 or 1.234,5 (a decimal comma, as this file writes numbers)' : '1234.5 or 1,234.5';
}

export function dateExample(order: DateOrder): string {
  return order === 'day-first' ? '2026-03-31 or 31/03/2026 (day first, as this file writes dates)' : '2026-03-31 or 3/31/2026 (month first)';
}
