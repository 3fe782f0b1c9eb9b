// Reading what is stored, including what a script or another program wrote straight into the
// database. A value Careweave can understand is read ("120.5" as a position, "acute; ER" as tags,
// "External" as the side); a value it cannot is shown as the field's default, and said so in
// words instead of being hidden. Elements without an id or a version are counted, so they can
// be given one (adoptStoredData.ts) and then be edited and exported like any other.
import { readSide } from '../../shared/formats/fieldValues';
import type { PartySide } from '../../shared/domain';

export interface StoredReading {
  /**
   * A stored value that cannot be understood; `shown` says what the element looks like instead
   * until someone edits it ("shown as internal", "placed automatically").
   */
  unreadable(what: 'party' | 'relationship', name: string, field: string, value: unknown, shown: string): void;
  /** An element that has no id, version or network id of its own. */
  unadopted(): void;
  readonly needsAdoption: boolean;
  lines(): string[];
}

/** For the reads whose callers only want the values (editing answers, single creations). */
export const QUIET_READING: StoredReading = { unreadable: () => undefined, unadopted: () => undefined, needsAdoption: false, lines: () => [] };

const EXAMPLES = 3;

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  return typeof value === 'object' ? 'a group of values' : String(value);
}

export function createStoredReading(): StoredReading {
  const groups = new Map<string, { what: 'party' | 'relationship'; field: string; shown: string; count: number; examples: string[] }>();
  let unadopted = 0;
  return {
    unreadable(what, name, field, value, shown) {
      const key = `${what}\u0000${field}\u0000${shown}`;
      const group = groups.get(key) ?? { what, field, shown, count: 0, examples: [] };
      group.count += 1;
      if (group.examples.length < EXAMPLES) group.examples.push(what === 'party' ? `"${name}": ${describe(value)}` : describe(value));
      groups.set(key, group);
    },
    unadopted() {
      unadopted += 1;
    },
    get needsAdoption() {
      return unadopted > 0;
    },
    lines() {
      return [...groups.values()].map(({ what, field, shown, count, examples }) => {
        const one = count === 1;
        const noun = what === 'party' ? (one ? 'party' : 'parties') : one ? 'relationship' : 'relationships';
        const more = count > examples.length ? ` and ${count - examples.length} more` : '';
        return `The stored ${field} of ${count.toLocaleString('en-US')} ${noun} cannot be read (${examples.join(', ')}${more}); ${one ? 'it is' : 'they are'} ${shown} until you change ${one ? 'it' : 'them'}.`;
      });
    },
  };
}

// What a script may have written instead of Careweave's own types, read when the meaning is clear.

export function storedNumber(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  return undefined;
}

/** A list, or one text of items separated by `separators` (a script's "acute; ER"). */
export function storedList(value: unknown, separators = /[;,]/): string[] | undefined {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? value : undefined;
  if (typeof value === 'string') {
    return value
      .split(separators)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  return undefined;
}

export function storedSide(value: unknown): PartySide | undefined {
  if (typeof value !== 'string') return undefined;
  const side = readSide(value);
  return side.ok ? side.value : undefined;
}
