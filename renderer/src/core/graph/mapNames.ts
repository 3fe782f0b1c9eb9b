// The names the map draws under its parties. In full: the party's own short name when it has
// one, else its name. Shortened (the middle distance, where long names would overprint each
// other): the part of the name that tells the party apart survives — "Harlan County Probate
// Court" becomes "…Probate Court" when several parties share "Harlan County", a trailing
// "(geri-psych, 10 beds)" goes, and "(IOP)" stands in for the words it abbreviates. The full
// name is always one hover away (views/map/PartyNameTooltip.tsx).
import type { Party } from '../../../../shared/domain';

export const SHORT_LABEL_LENGTH = 20;
// A leading run of words shared by this many names says where they are, not who they are.
const SHARED_BY = 3;
// At most this many leading words are looked at ("Harlan County Adult …").
const LEAD_WORDS = 3;
// Words that make no sense at the end of a cut name.
const DANGLING = new Set(['&', 'and', 'of', 'for', 'the', 'to', 'in', 'on', '-', '–', '+', '/']);

export type MapLabels = { label: string; shortLabel: string };

const words = (text: string) => text.trim().split(/\s+/).filter((word) => word !== '');
const leadKey = (list: readonly string[], count: number) => list.slice(0, count).join(' ').toLowerCase();

/** How many names start with each run of one to three words. */
export function sharedLeads(names: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const list = words(withoutNote(name).text);
    for (let count = 1; count <= Math.min(LEAD_WORDS, list.length - 1); count++) {
      const key = leadKey(list, count);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

// "Senior Intensive Outpatient Program (IOP)" → text without the note, and the acronym if the
// note is one.
function withoutNote(name: string): { text: string; acronym: string | null } {
  const match = /\s*\(([^()]*)\)\s*$/.exec(name);
  if (!match || match.index === 0) return { text: name.trim(), acronym: null };
  const note = match[1]!.trim();
  return { text: name.slice(0, match.index).trim(), acronym: /^[A-Z][A-Z0-9&]{1,6}$/.test(note) ? note : null };
}

// Replaces the run of words whose initials spell the acronym by the acronym itself.
function abbreviate(list: readonly string[], acronym: string): string[] | null {
  const letters = acronym.replace(/&/g, '').toLowerCase();
  for (let start = 0; start + letters.length <= list.length; start++) {
    const run = list.slice(start, start + letters.length);
    if (run.map((word) => word[0]?.toLowerCase()).join('') === letters) return [...list.slice(0, start), acronym, ...list.slice(start + letters.length)];
  }
  return null;
}

/** Cuts at a word boundary (or mid-word when one word is too long), ending in "…". */
export function shortenLabel(text: string, max = SHORT_LABEL_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const kept: string[] = [];
  for (const word of words(trimmed)) {
    if ([...kept, word].join(' ').length > max - 1) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  const cut = kept.length > 0 && kept.join(' ').length >= (max - 1) * 0.5 ? kept.join(' ') : trimmed.slice(0, max - 1).trimEnd();
  return `${cut}…`;
}

/** The shortened name of one party, given how many names share each leading run of words. */
export function distinctiveName(name: string, leads: ReadonlyMap<string, number>, max = SHORT_LABEL_LENGTH): string {
  const trimmed = name.trim();
  if (trimmed.length <= max) return trimmed;
  const { text, acronym } = withoutNote(trimmed);
  let list = words(text);
  if (acronym) list = abbreviate(list, acronym) ?? list;
  if (list.join(' ').length <= max) return list.join(' ');
  for (let count = Math.min(LEAD_WORDS, list.length - 1); count >= 1; count--) {
    if ((leads.get(leadKey(list, count)) ?? 0) >= SHARED_BY) {
      const rest = list.slice(count).join(' ');
      return `…${rest.length <= max - 1 ? rest : shortenLabel(rest, max - 1)}`;
    }
  }
  return shortenLabel(list.join(' '), max);
}

type Named = Pick<Party, 'id' | 'name' | 'shortName'>;

// One index per list of parties: the map and the simulation's layer ask for the same names.
const cache = new WeakMap<readonly Named[], Map<string, MapLabels>>();
// And the last one made, for the next list with the same names: moving parties makes a new list
// (every edit does), and the names' shared leads cost more to find than comparing every name.
let last: { parties: readonly Named[]; labels: Map<string, MapLabels> } | null = null;

const sameNames = (a: readonly Named[], b: readonly Named[]) =>
  a.length === b.length && a.every((party, index) => party.id === b[index]?.id && party.name === b[index]?.name && party.shortName === b[index]?.shortName);

/** Every party's names on the map, by party id. */
export function mapLabels(parties: readonly Named[]): Map<string, MapLabels> {
  const known = cache.get(parties) ?? (last && sameNames(last.parties, parties) ? last.labels : undefined);
  if (known) {
    cache.set(parties, known);
    return known;
  }
  const leads = sharedLeads(parties.map((party) => party.name));
  const labels = new Map<string, MapLabels>();
  for (const party of parties) {
    const own = party.shortName.trim();
    labels.set(party.id, own ? { label: own, shortLabel: shortenLabel(own) } : { label: party.name, shortLabel: distinctiveName(party.name, leads) });
  }
  cache.set(parties, labels);
  last = { parties, labels };
  return labels;
}
