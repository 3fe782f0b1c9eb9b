// What the map shows, in one sentence for a screen reader (the map's accessible name): the
// counts, the filters and focus, a running simulation, and where the same network is as text.
import type { NetworkGraph } from '../../../../shared/domain';

export type MapSummaryInput = {
  graph: Pick<NetworkGraph, 'network' | 'parties' | 'relationships'>;
  shown: { parties: number; relationships: number };
  filterCount: number;
  focusOn: boolean;
  /** "Simulation of Lanternway Telepsychiatry withdrawing: 21 affected, 7 disrupted." or null. */
  simulation: string | null;
};

const count = (value: number, one: string, many: string) => `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

export function describeMap({ graph, shown, filterCount, focusOn, simulation }: MapSummaryInput): string {
  const total = { parties: graph.parties.length, relationships: graph.relationships.length };
  const all = shown.parties === total.parties && shown.relationships === total.relationships;
  const what = all
    ? `${count(total.parties, 'party', 'parties')} and ${count(total.relationships, 'relationship', 'relationships')}`
    : `${shown.parties.toLocaleString('en-US')} of ${count(total.parties, 'party', 'parties')} and ${shown.relationships.toLocaleString('en-US')} of ${count(total.relationships, 'relationship', 'relationships')}`;
  const narrowed = [filterCount > 0 ? count(filterCount, 'filter', 'filters') + ' on' : '', focusOn ? 'focus on the selection' : ''].filter(Boolean).join(', ');
  return [
    `Map of ${graph.network.name}: ${what}${narrowed ? ` (${narrowed})` : ''}.`,
    simulation ?? '',
    'Arrow keys move between parties, Enter opens one; the same network is in the table (Show: Table).',
  ]
    .filter(Boolean)
    .join(' ');
}
