// A PNG with its title, the network's name and date above the map and the legend below it, for
// slides and documents where the picture travels alone.
import type { Party } from '../../../shared/domain';
import { buildLegend } from '../core/graph/buildLegend';
import { legendDrawing } from '../core/graph/legendDrawing';
import { GRAPH_THEME } from '../core/graph/theme';
import type { Thresholds } from '../core/simulation/simulationView';
import { canvasFont, paintLegend } from './canvasLegend';

export type Frame = {
  title: string;
  networkName: string;
  date: string;
  parties: readonly Pick<Party, 'type' | 'side'>[];
  impact: Thresholds | null;
  /** The picture's scale (1×–4×): text grows with it. */
  scale: number;
  background: 'white' | 'transparent';
};

export async function framePicture(png: Uint8Array, frame: Frame): Promise<Uint8Array> {
  const map = await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' }));
  const unit = Math.max(1, frame.scale);
  const margin = 24 * unit;
  const legendFont = 12 * unit;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas).');
  const measure = (text: string, bold: boolean) => {
    context.font = canvasFont(legendFont, bold);
    return context.measureText(text).width;
  };
  const width = Math.max(map.width + 2 * margin, 900 * unit);
  const legend = legendDrawing(buildLegend(GRAPH_THEME, { webgl: false }, frame.parties), { width: width - 2 * margin, fontSize: legendFont, measure, impact: frame.impact });
  const header = 70 * unit;
  canvas.width = Math.ceil(width);
  canvas.height = Math.ceil(header + map.height + margin + legend.height + margin);
  if (frame.background === 'white') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.fillStyle = '#1C2530';
  context.textBaseline = 'alphabetic';
  context.font = canvasFont(22 * unit, true);
  context.fillText(frame.title, margin, margin + 16 * unit, width - 2 * margin);
  context.font = canvasFont(13 * unit, false);
  context.fillStyle = '#4B5866';
  context.fillText(`${frame.networkName} · ${frame.date}`, margin, margin + 38 * unit, width - 2 * margin);
  const mapHeight = map.height;
  context.drawImage(map, (canvas.width - map.width) / 2, header);
  map.close();
  await paintLegend(context, legend.steps, margin, header + mapHeight + margin, legendFont);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made: the browser refused to encode it.');
  return new Uint8Array(await blob.arrayBuffer());
}
