// Suggestions for a mistyped party id: parties whose id or name is close to what was typed.
import type { ImpactParty } from '../../shared/analysis';

const MAX_SUGGESTIONS = 3;

export function closeMatches(typed: string, parties: readonly ImpactParty[]): ImpactParty[] {
  const query = typed.toLowerCase();
  const scored = parties.map((party) => {
    const id = party.id.toLowerCase();
    const name = party.name.toLowerCase();
    const contains = id.includes(query) || name.includes(query) || query.includes(id);
    const distance = Math.min(editDistance(query, id), editDistance(query, name));
    return { party, score: contains ? 0 : distance };
  });
  const allowed = Math.max(2, Math.floor(query.length * 0.4));
  return scored
    .filter(({ score }) => score <= allowed)
    .sort((a, b) => a.score - b.score || (a.party.id < b.party.id ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ party }) => party);
}

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
