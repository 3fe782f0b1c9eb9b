// What the dashboard's charts share: every bar knows the parties (and relationships) it stands
// for, so clicking it can select them on the map; and one look for the horizontal bar charts
// (names down the side, longest bar first), as pure ECharts options.
import type { EChartsCoreOption } from 'echarts/core';

export type ChartBar = {
  label: string;
  value: number;
  colour: string;
  partyIds: readonly string[];
  relationshipIds: readonly string[];
};

export type DashboardChart = {
  /** What the chart shows, as its title and in exported files' names. */
  title: string;
  option: EChartsCoreOption;
  bars: readonly ChartBar[];
  /** Said instead of drawing an empty chart. */
  empty: string | null;
};

export const CHART_TEXT = '#3D4451';
export const CHART_LINES = '#E6E9EE';
const LABEL_CHARACTERS = 26;

const shorten = (label: string) => (label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1)}…` : label);

export function barHeight(bars: number): number {
  return Math.max(120, 36 + bars * 26);
}

/** Bars from the top down, in the order given. */
export function horizontalBars(bars: readonly ChartBar[], valueName: string, describe: (bar: ChartBar) => string, format = (value: number) => String(value)): EChartsCoreOption {
  return {
    aria: { enabled: true, description: `${valueName}: ${bars.map(describe).join('; ')}.` },
    animation: false,
    grid: { left: 8, right: 44, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => shorten(bar.label)),
      axisLabel: { color: CHART_TEXT, fontSize: 11 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_LINES } },
    },
    tooltip: { trigger: 'item', formatter: (item: { dataIndex: number }) => describe(bars[item.dataIndex]!) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        cursor: 'pointer',
        label: { show: true, position: 'right', color: CHART_TEXT, fontSize: 11, formatter: (item: { value: number }) => format(item.value) },
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
      },
    ],
  };
}
