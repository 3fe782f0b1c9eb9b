// How trust is spread: how many ratings sit at each level from 1 to 5, in the map's own trust
// colours (orange for low, blue for high). A bar stands for its ratings and the parties in them.
import type { InsightNetwork } from '../../../../shared/insight';
import { trustBand } from '../graph/toCytoscapeElements';
import { GRAPH_THEME, TRUST_BANDS } from '../graph/theme';
import { CHART_LINES, CHART_TEXT } from './chartBars';
import type { ChartBar, DashboardChart } from './chartBars';

const LEVEL_NAMES = ['1 · none', '2 · low', '3 · some', '4 · good', '5 · full'];

export function trustChart(network: InsightNetwork): DashboardChart {
  const bars: (ChartBar & { parties: Set<string>; relationships: string[] })[] = TRUST_BANDS.map((band) => ({
    label: LEVEL_NAMES[band - 1]!,
    value: 0,
    colour: GRAPH_THEME.trust.colors[band],
    partyIds: [],
    relationshipIds: [],
    parties: new Set<string>(),
    relationships: [],
  }));
  for (const relationship of network.relationships) {
    if (relationship.kind !== 'TRUSTS') continue;
    const bar = bars[trustBand(relationship.level) - 1]!;
    bar.value++;
    bar.parties.add(relationship.source).add(relationship.target);
    bar.relationships.push(relationship.id);
  }
  const done: ChartBar[] = bars.map(({ parties, relationships, ...bar }) => ({ ...bar, partyIds: [...parties], relationshipIds: relationships }));
  const total = done.reduce((sum, bar) => sum + bar.value, 0);
  return {
    title: 'Trust ratings by level',
    empty: total === 0 ? 'No trust ratings yet: add trust relationships to see how trust is spread.' : null,
    bars: done,
    option: {
      aria: { enabled: true, description: `Trust ratings by level: ${done.map((bar) => `${bar.label.replace(' · ', ' (')}) ${bar.value}`).join(', ')}.` },
      animation: false,
      grid: { left: 36, right: 8, top: 16, bottom: 30 },
      xAxis: {
        type: 'category',
        data: done.map((bar) => bar.label),
        axisLabel: { color: CHART_TEXT, fontSize: 10 },
        axisTick: { alignWithLabel: true },
        name: 'trust level',
        nameLocation: 'middle',
        nameGap: 20,
        nameTextStyle: { color: CHART_TEXT, fontSize: 11 },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: CHART_TEXT, fontSize: 10 }, splitLine: { lineStyle: { color: CHART_LINES } } },
      tooltip: { trigger: 'item', formatter: (item: { dataIndex: number }) => `${done[item.dataIndex]!.value} ratings at ${done[item.dataIndex]!.label.replace(' · ', ' (')})` },
      series: [
        {
          type: 'bar',
          cursor: 'pointer',
          barCategoryGap: '25%',
          label: { show: true, position: 'top', color: CHART_TEXT, fontSize: 11 },
          data: done.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
        },
      ],
    },
  };
}
