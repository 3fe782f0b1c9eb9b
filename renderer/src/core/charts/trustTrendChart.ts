// The small trend chart of a trust relationship's history (issue 12): its level at each dated
// assessment, 1 to 5, the current one marked, falling steps drawn in the warning colour. A pure
// ECharts option, like outcomeChart.ts, so it can be drawn on screen or checked in a test.
import type { EChartsCoreOption } from 'echarts/core';
import { sayDay } from '../../../../shared/timeline';
import type { TrustPoint } from '../../../../shared/timeline';
import { FALLING_TREND_DROP } from '../../../../shared/timeline';

const LINE = '#0072B2';
const FALLING = '#D55E00';
const TEXT = '#3D4451';

/** Dated points only: an undated assessment has no place on a time axis (the list still shows it). */
export function trustTrendOption(history: readonly TrustPoint[]): EChartsCoreOption {
  const dated = history.filter((point): point is TrustPoint & { assessedOn: string } => point.assessedOn !== null);
  const description = dated.map((point) => `${point.level} on ${sayDay(point.assessedOn)}`).join(', ');
  return {
    aria: { enabled: true, description: `Trust level over time: ${description || 'no dated assessment'}.` },
    animation: false,
    grid: { left: 26, right: 12, top: 10, bottom: 24 },
    xAxis: { type: 'time', axisLabel: { color: TEXT, fontSize: 10, hideOverlap: true }, splitLine: { show: false } },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1, axisLabel: { color: TEXT, fontSize: 10 }, splitLine: { lineStyle: { color: '#E6E9EE' } } },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `trust ${Number(value)}` },
    series: [
      {
        type: 'line',
        data: dated.map((point, index) => {
          const before = dated[index - 1];
          const falling = before !== undefined && before.level - point.level >= FALLING_TREND_DROP;
          return {
            value: [point.assessedOn, point.level],
            symbolSize: point.current ? 9 : 6,
            itemStyle: { color: falling ? FALLING : LINE },
          };
        }),
        lineStyle: { color: LINE, width: 2 },
        symbol: 'circle',
      },
    ],
  };
}
