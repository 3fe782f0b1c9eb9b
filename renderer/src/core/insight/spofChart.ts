// Single points of failure, the ones with the most at stake first: how many parties would be left
// without their only provider of something, or cut off from the rest, if this one left. A bar
// stands for the party and those it would leave stranded.
import type { PartyInsight } from '../../../../shared/insight';
import { OKABE_ITO } from '../graph/theme';
import { barHeight, horizontalBars } from './chartBars';
import type { ChartBar, DashboardChart } from './chartBars';
import { TOP_PARTIES } from './harmChart';

export function stranded(party: PartyInsight): string[] {
  return [...new Set([...party.soleProviderOf.map((provision) => provision.dependent), ...(party.cutOff?.sample ?? [])])];
}

export function spofChart(parties: readonly PartyInsight[]): DashboardChart & { height: number; total: number } {
  const exposed = (party: PartyInsight) => new Set(party.soleProviderOf.map((provision) => provision.dependent)).size + (party.cutOff?.count ?? 0);
  const single = parties.filter((party) => party.singlePointOfFailure);
  const top = [...single].sort((a, b) => exposed(b) - exposed(a) || a.name.localeCompare(b.name)).slice(0, TOP_PARTIES);
  const bars: ChartBar[] = top.map((party) => ({
    label: party.name,
    value: exposed(party),
    colour: party.cutVertex ? OKABE_ITO.reddishPurple : OKABE_ITO.orange,
    partyIds: [party.id, ...stranded(party)],
    relationshipIds: party.soleProviderOf.flatMap((provision) => provision.relationships),
  }));
  return {
    title: 'Single points of failure',
    empty: single.length === 0 ? 'No single points of failure: everyone has a second provider for what they rely on.' : null,
    bars,
    total: single.length,
    height: barHeight(bars.length),
    option: horizontalBars(bars, 'Parties left without, if each single point of failure left', (bar) => `${bar.label}: ${bar.value} ${bar.value === 1 ? 'party' : 'parties'} left without`),
  };
}
