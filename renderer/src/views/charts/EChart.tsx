// One ECharts chart, drawn as SVG (sharp at any zoom, and exportable as is). Owns its chart
// instance: created on mount (once the library has loaded), given each new option, resized with
// its box, disposed on unmount.
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

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
  const latestOption = useRef(option);
  const clicked = useRef(onBarClick);
  useEffect(() => {
    latestOption.current = option;
    clicked.current = onBarClick;
  });

  useEffect(() => {
    const element = box.current!;
    let observer: ResizeObserver | null = null;
    let disposed = false;
    void import('./echartsRuntime').then(({ init }) => {
      if (disposed) return;
      const instance = init(element, undefined, { renderer: 'svg' });
      chart.current = instance;
      instance.setOption(latestOption.current, { notMerge: true });
      instance.on('click', (event) => clicked.current?.(event.dataIndex));
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
