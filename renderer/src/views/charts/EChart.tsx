// One ECharts chart, drawn as SVG (sharp at any zoom, and exportable as is). Owns its chart
// instance: created on mount, given each new option, resized with its box, disposed on unmount.
// Only the chart kinds and components the app uses are registered, to keep the bundle small.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerChartParts } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerChartParts([BarChart, LineChart, AriaComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

type Props = {
  option: EChartsCoreOption;
  /** What the chart shows, for people who cannot see it. */
  label: string;
  height: number;
  testId?: string;
  onBarClick?: (dataIndex: number) => void;
};

export function EChart({ option, label, height, testId, onBarClick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clicked = useRef(onBarClick);
  clicked.current = onBarClick;

  useEffect(() => {
    const element = box.current!;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clicked.current?.(event.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
