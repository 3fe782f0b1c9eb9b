// Who matters most: the parties whose leaving would cause the most harm (the cascade's
// criticality ranking, DESIGN.md §4.12), patients, clients and families counted three times.
// Bars take the map's side colours, so internal and external customers read as on the map.
import type { PartyInsight } from '../../../../shared/insight';
import { GRAPH_THEME } from '../graph/theme';
import { barHeight, horizontalBars } from './chartBars';
import type { ChartBar, DashboardChart } from './chartBars';

export const TOP_PARTIES = 10;
const harm = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function harmChart(parties: readonly PartyInsight[]): DashboardChart & { height: number } {
  const ranked = parties.filter((party) => party.harm !== null && party.harm > 0).sort((a, b) => a.criticalityRank! - b.criticalityRank!).slice(0, TOP_PARTIES);
  const bars: ChartBar[] = ranked.map((party) => ({
    label: party.name,
    value: Math.round(party.harm! * 10) / 10,
    colour: GRAPH_THEME.sides[party.side].border,
    partyIds: [party.id],
    relationshipIds: [],
  }));
  return {
    title: 'Top parties by harm if they left',
    empty: parties.length === 0 ? 'No parties yet.' : ranked.length === 0 ? 'Nobody’s leaving would hurt anyone else: there is no reliance or resource flow yet.' : null,
    bars,
    height: barHeight(bars.length),
    option: horizontalBars(bars, 'Harm if each party left alone', (bar) => `${bar.label}: harm ${harm.format(bar.value)}`, (value) => harm.format(value)),
  };
}
