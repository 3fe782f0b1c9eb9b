// Finding a party by name as the person types: case and accents do not matter, names that start
// with the query come first, then names with a word starting with it, then any other match.
import type { Party } from '../../../../shared/domain';

export type SearchHit = { party: Party; rank: number };

export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function rankOf(name: string, query: string): number | null {
  if (name.startsWith(query)) return 0;
  if (name.split(/[\s\-/(),.]+/).some((word) => word.startsWith(query))) return 1;
  if (name.includes(query)) return 2;
  return null;
}

export function searchParties(parties: readonly Party[], query: string, limit = 12): SearchHit[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const hits: SearchHit[] = [];
  for (const party of parties) {
    const rank = rankOf(normalise(party.name), wanted);
    if (rank !== null) hits.push({ party, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.party.name.localeCompare(b.party.name) || a.party.id.localeCompare(b.party.id));
  return hits.slice(0, limit);
}
