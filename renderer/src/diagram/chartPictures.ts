// A dashboard chart as a file: SVG drawn by ECharts' own server-side renderer (no screen needed,
// text stays text), PNG by drawing that SVG on a canvas at twice the size. Either reaches the
// person through the save dialog or a download, like the map's pictures.
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TitleComponent } from 'echarts/components';
import { init, use as registerChartParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { safeFileName } from '../../../shared/formats/registry';
import type { DashboardChart } from '../core/insight/chartBars';
import { chartForExport } from '../core/insight/chartForExport';
import { deliverMadeFile } from '../files/deliverFiles';

registerChartParts([BarChart, AriaComponent, GridComponent, TitleComponent, SVGRenderer]);

// PNGs are drawn at twice the chart's size, sharp on high-density screens and in print.
const PNG_SCALE = 2;

export type ChartPictureFormat = 'png' | 'svg';

export function chartSvg(chart: DashboardChart, height: number, subtitle: string): { svg: string; width: number; height: number } {
  const ready = chartForExport(chart, height, subtitle);
  const instance = init(null, null, { renderer: 'svg', ssr: true, width: ready.width, height: ready.height });
  try {
    instance.setOption(ready.option);
    return { svg: instance.renderToSVGString(), width: ready.width, height: ready.height };
  } finally {
    instance.dispose();
  }
}

async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas).');
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Saves the chart; answers with what to tell the person, or null when nothing was saved. */
export async function exportChart(chart: DashboardChart, height: number, format: ChartPictureFormat, networkName: string, date: string): Promise<string | null> {
  const drawn = chartSvg(chart, height, `${networkName} · ${date}`);
  const name = safeFileName(`${networkName} - ${chart.title}`, format);
  const saved =
    format === 'svg'
      ? await deliverMadeFile(name, 'image/svg+xml', drawn.svg)
      : await deliverMadeFile(name, 'image/png', await svgToPng(drawn.svg, drawn.width, drawn.height));
  return saved ? `Saved ${saved.join(', ')}.` : null;
}
