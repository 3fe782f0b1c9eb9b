// The small chart under a simulation's summary (DESIGN.md §4.5): how the simulated futures spread
// over the number of parties who lose what they need. Bars inside the 5th–95th percentile range
// (what the sentence above it says) are drawn strong, the tails pale. A pure ECharts option, so
// the same picture can be drawn on screen, in a PDF or in a test.
import type { EChartsCoreOption } from 'echarts/core';
import type { OutcomeRange } from '../../../../shared/analysis';
import { impactColour } from '../simulation/impactScale';

const INSIDE = impactColour(0.75);
const OUTSIDE = '#C9CED6';
const TEXT = '#3D4451';

const label = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** `who` names what is counted, e.g. "parties" or "patients, clients and families". */
export function outcomeChartOption(range: OutcomeRange, who = 'parties'): EChartsCoreOption {
  const bars = range.distribution;
  const inside = (from: number, to: number) => to >= range.low && from <= range.high;
  const futures = range.futures > 0 ? `${range.futures.toLocaleString('en-US')} simulated futures` : 'every future';
  return {
    aria: {
      enabled: true,
      description: `How many ${who} lose what they need, across ${futures}: ${bars.map((bar) => `${label(bar.from, bar.to)} in ${Math.round(bar.share * 100)}%`).join(', ')}.`,
    },
    animation: false,
    grid: { left: 36, right: 8, top: 8, bottom: 30 },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => label(bar.from, bar.to)),
      name: `${who} who lose what they need`,
      nameLocation: 'middle',
      nameGap: 18,
      nameTextStyle: { color: TEXT, fontSize: 11 },
      axisLabel: { color: TEXT, fontSize: 10, hideOverlap: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      splitNumber: 2,
      axisLabel: { color: TEXT, fontSize: 10, formatter: '{value}%' },
      splitLine: { lineStyle: { color: '#E6E9EE' } },
    },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${Number(value).toFixed(1)}% of futures` },
    series: [
      {
        type: 'bar',
        barCategoryGap: '15%',
        data: bars.map((bar) => ({ value: Math.round(bar.share * 1000) / 10, itemStyle: { color: inside(bar.from, bar.to) ? INSIDE : OUTSIDE } })),
      },
    ],
  };
}
