// The care log as the side panel shows it (issue 12): the entries about a party (its own and its
// relationships') or one relationship, newest first, found by any word of their note, owner,
// kind or what they are about.
import { TOUCHPOINT_LABELS } from '../../../../shared/domain';
import type { CareLogEntry, NetworkGraph } from '../../../../shared/domain';

export type CareLogScope = { kind: 'party'; id: string } | { kind: 'relationship'; id: string } | { kind: 'network' };

export type CareLogRow = { entry: CareLogEntry; about: string; kindLabel: string };

const newestFirst = (a: CareLogEntry, b: CareLogEntry) => (a.on !== b.on ? (a.on < b.on ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/** Entries in scope whose subject is still on the map, newest first, each with what it is about in words. */
export function careLogRows(entries: readonly CareLogEntry[], scope: CareLogScope, graph: Pick<NetworkGraph, 'parties' | 'relationships'>): CareLogRow[] {
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const relationships = new Map(graph.relationships.map((relationship) => [relationship.id, relationship]));
  const rows: CareLogRow[] = [];
  for (const entry of entries) {
    const relationship = entry.subject.kind === 'relationship' ? relationships.get(entry.subject.id) : undefined;
    if (entry.subject.kind === 'relationship' ? !relationship : !names.has(entry.subject.id)) continue;
    const inScope =
      scope.kind === 'network' ||
      (scope.kind === 'relationship' && entry.subject.kind === 'relationship' && entry.subject.id === scope.id) ||
      (scope.kind === 'party' && (entry.subject.kind === 'party' ? entry.subject.id === scope.id : relationship?.source === scope.id || relationship?.target === scope.id));
    if (!inScope) continue;
    const about = relationship ? `${names.get(relationship.source) ?? '?'} → ${names.get(relationship.target) ?? '?'}` : (names.get(entry.subject.id) ?? '');
    rows.push({ entry, about, kindLabel: TOUCHPOINT_LABELS[entry.kind] });
  }
  return rows.sort((a, b) => newestFirst(a.entry, b.entry));
}

/** Rows holding every word of the query (any case, any order) in their note, owner, kind, day or subject. */
export function searchCareLog(rows: readonly CareLogRow[], query: string): CareLogRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = `${row.entry.note} ${row.entry.owner} ${row.kindLabel} ${row.entry.on} ${row.about}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
