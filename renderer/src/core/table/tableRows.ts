// The network as tables (issue 17): one row per party and per relationship, the text alternative
// to the map. The rows follow what the map shows — its filters, its focus, the simulation on
// screen — and sort and filter by text. Pure.
import { formatChance } from '../../../../shared/analysis';
import type { NetworkGraph, Relationship } from '../../../../shared/domain';
import { RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import { describeRelationship } from '../editor/describeRelationships';
import type { Focus } from '../filters/focus';
import type { Visible } from '../filters/filterPipeline';
import { normalise } from '../search/searchParties';
import type { SimulationView } from '../simulation/simulationView';

export type PartyRow = {
  id: string;
  name: string;
  side: string;
  type: string;
  tags: string;
  relationships: number;
  /** The simulation's chance for this party, or null without a simulation. */
  impact: number | null;
  impactText: string;
};

export type RelationshipRow = {
  id: string;
  kind: string;
  from: string;
  to: string;
  detail: string;
  /** Trust level 1–5 for trust, criticality 1–5 for reliance, else null. */
  level: number | null;
};

export type SortKey<R> = keyof R & string;
export type Sort<R> = { key: SortKey<R>; descending: boolean };

const IMPACT_WORDS = { withdrawn: 'withdrawn', unaffected: 'not affected' } as const;

function impactText(view: SimulationView | null, id: string): { impact: number | null; text: string } {
  if (!view) return { impact: null, text: '' };
  const impactClass = view.classById[id];
  if (impactClass === 'withdrawn') return { impact: 1, text: IMPACT_WORDS.withdrawn };
  const impact = view.impactById[id] ?? 0;
  if (impactClass === 'affected' || impactClass === 'disrupted') return { impact, text: `${formatChance(impact)} chance, ${impactClass}` };
  return { impact, text: impact > 0 ? `${formatChance(impact)} chance, ${IMPACT_WORDS.unaffected}` : IMPACT_WORDS.unaffected };
}

/** What the map shows: parties that pass the filters and, in focus mode, those in focus. */
function shown(visible: Visible, focus: Focus | null) {
  return {
    party: (id: string) => visible.partyIds.has(id) && (!focus || focus.partyIds.has(id)),
    relationship: (id: string) => visible.relationshipIds.has(id) && (!focus || focus.relationshipIds.has(id)),
  };
}

export function partyRows(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, visible: Visible, focus: Focus | null, view: SimulationView | null): PartyRow[] {
  const counts = new Map<string, number>();
  for (const relationship of graph.relationships) {
    counts.set(relationship.source, (counts.get(relationship.source) ?? 0) + 1);
    counts.set(relationship.target, (counts.get(relationship.target) ?? 0) + 1);
  }
  const show = shown(visible, focus);
  return graph.parties
    .filter((party) => show.party(party.id))
    .map((party) => {
      const { impact, text } = impactText(view, party.id);
      return {
        id: party.id,
        name: party.name,
        side: party.side === 'external' ? 'External' : 'Internal',
        type: party.type,
        tags: party.tags.join(', '),
        relationships: counts.get(party.id) ?? 0,
        impact,
        impactText: text,
      };
    });
}

function level(relationship: Relationship): number | null {
  if (relationship.kind === 'TRUSTS') return relationship.level;
  if (relationship.kind === 'RELIES_ON') return relationship.criticality;
  return null;
}

export function relationshipRows(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, visible: Visible, focus: Focus | null): RelationshipRow[] {
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const show = shown(visible, focus);
  return graph.relationships
    .filter((relationship) => show.relationship(relationship.id))
    .map((relationship) => ({
      id: relationship.id,
      kind: RELATIONSHIP_KIND_LABELS[relationship.kind],
      from: names.get(relationship.source) ?? '',
      to: names.get(relationship.target) ?? '',
      detail: describeRelationship(relationship, true, '').detail,
      level: level(relationship),
    }));
}

/** What a reader sees in each kind of row: the text a filter looks in (never the hidden id). */
export const PARTY_TEXT: readonly (keyof PartyRow)[] = ['name', 'side', 'type', 'tags', 'relationships', 'impactText'];
export const RELATIONSHIP_TEXT: readonly (keyof RelationshipRow)[] = ['from', 'kind', 'to', 'detail', 'level'];

/** Rows whose shown text contains every word typed (case and accents ignored). */
export function filterRows<R extends Record<string, unknown>>(rows: readonly R[], text: string, fields: readonly (keyof R)[]): R[] {
  const words = normalise(text).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = normalise(fields.map((field) => row[field] ?? '').join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Sorted by one column; text in the reader's order, numbers by size, empty values last. */
export function sortRows<R extends Record<string, unknown>>(rows: readonly R[], sort: Sort<R>): R[] {
  const direction = sort.descending ? -1 : 1;
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || x === '' || x === undefined) return y === null || y === '' || y === undefined ? 0 : 1;
    if (y === null || y === '' || y === undefined) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * direction;
  });
}
