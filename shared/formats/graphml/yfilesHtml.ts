// Reading what yFiles for HTML and yEd Live write into their GraphML (see drawingKeys.ts for
// which keys): the labels, whose Text is the name people see; the RectD box, placed by its
// top-left corner; and the element's tag, which yEd Live's data panel edits as JSON properties.
import { LIST_SEPARATOR } from '../fieldValues';
import type { GraphmlData } from './readGraphml';
import { attr, list, textOf } from './readGraphml';

/** Every label's text, in order: y:Label in an x:List or alone, Text as attribute or child. */
export function readLabelTexts(data: GraphmlData): string[] {
  const holders = [data.element, ...list(data.element.List)];
  return holders
    .flatMap((holder) => list(holder.Label))
    .map((label) => (attr(label, 'Text') ?? textOf(label['Label.Text'])).trim())
    .filter((text) => text !== '');
}

/** The centre of a y:RectD box, or null when it has no complete, numeric box. */
export function readRectCentre(data: GraphmlData): { x: number; y: number } | null {
  const rect = list(data.element.RectD)[0];
  if (!rect) return null;
  const [x, y, width, height] = ['X', 'Y', 'Width', 'Height'].map((name) => Number(attr(rect, name) ?? NaN)) as [number, number, number, number];
  if (![x, y, width, height].every(Number.isFinite)) return null;
  return { x: x + width / 2, y: y + height / 2 };
}

export interface UserValue {
  name: string;
  text: string;
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).filter((text) => text !== '').join(`${LIST_SEPARATOR} `);
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The user data of an element as named values, read like attributes: a JSON object gives one
 * value per property, a list or a plain word is the element's tags.
 */
export function readUserValues(data: GraphmlData): UserValue[] {
  // A text-only element parses as a plain string, so the element is read by its text.
  const json = data.element.Json;
  const raw = textOf(json ?? data.element.String ?? '').trim();
  if (raw === '') return [];
  let parsed: unknown = raw;
  if (json !== undefined) {
    try {
      parsed = JSON.parse(raw) as unknown;
    } catch {
      return [{ name: 'user data', text: raw }];
    }
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    return Object.entries(parsed).map(([name, value]) => ({ name, text: valueText(value) }));
  }
  return [{ name: 'tags', text: valueText(parsed) }];
}
