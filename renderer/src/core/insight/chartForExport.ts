// A dashboard chart made ready to stand on its own as a file: its title and the network's name and
// date above it, room made for them, and a white background. Pure, so tests can draw it in Node.
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_TEXT } from './chartBars';
import type { DashboardChart } from './chartBars';

export const EXPORT_WIDTH = 720;
const TITLE_ROOM = 56;

export function chartForExport(chart: DashboardChart, height: number, subtitle: string): { option: EChartsCoreOption; width: number; height: number } {
  const grid = (chart.option.grid ?? {}) as Record<string, unknown>;
  return {
    width: EXPORT_WIDTH,
    height: height + TITLE_ROOM,
    option: {
      ...chart.option,
      backgroundColor: '#FFFFFF',
      title: { text: chart.title, subtext: subtitle, left: 12, top: 8, textStyle: { color: CHART_TEXT, fontSize: 16 }, subtextStyle: { color: '#6B7280', fontSize: 12 } },
      grid: { ...grid, top: Number(grid.top ?? 8) + TITLE_ROOM },
      tooltip: undefined,
    },
  };
}
