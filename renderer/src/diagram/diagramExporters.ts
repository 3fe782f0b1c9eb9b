// The diagram formats of the registry (shared/formats/registry.ts) and what makes each one,
// keyed by format id so a listed format without an exporter does not compile.
import { DIAGRAM_FORMATS, safeFileName } from '../../../shared/formats/registry';
import type { DiagramFormatId } from '../../../shared/formats/registry';
import type { Scene } from './diagramScene';
import type { DiagramOptions } from '../core/exchange/exportTypes';
import { exportPng } from './exportPng';
import { exportSvg } from './exportSvg';
import { describeImageSize } from '../core/exchange/imageSize';

export interface DiagramFile {
  name: string;
  mimeType: string;
  content: Uint8Array | string;
  /** What was made, for the dialog: "2,400 × 1,600 pixels", "A4 landscape". */
  description: string;
}

type Exporter = (scene: Scene, options: DiagramOptions) => Promise<DiagramFile>;

const fileName = (options: DiagramOptions, id: DiagramFormatId) => safeFileName(options.networkName, DIAGRAM_FORMATS[id].extension);

export const DIAGRAM_EXPORTERS: Record<DiagramFormatId, Exporter> = {
  async png(scene, options) {
    const { bytes, size } = await exportPng(scene, options);
    if (!options.framed) return { name: fileName(options, 'png'), mimeType: DIAGRAM_FORMATS.png.mimeType, content: bytes, description: describeImageSize(size, options.scale) };
    const { framePicture } = await import('./framePicture');
    const framed = await framePicture(bytes, { ...options, impact: options.impact ?? null });
    return { name: fileName(options, 'png'), mimeType: DIAGRAM_FORMATS.png.mimeType, content: framed, description: `${describeImageSize(size, options.scale)}, with the title and the legend` };
  },
  async svg(scene, options) {
    const svg = await exportSvg(scene, options, `${options.title} — ${options.networkName}`);
    return { name: fileName(options, 'svg'), mimeType: DIAGRAM_FORMATS.svg.mimeType, content: svg.text, description: `${svg.width.toLocaleString('en-US')} × ${svg.height.toLocaleString('en-US')} units, labels as text` };
  },
  async pdf(scene, options) {
    // jsPDF and svg2pdf.js are large; they load the first time someone makes a PDF.
    const { exportPdf } = await import('./exportPdf');
    const bytes = await exportPdf(scene, options);
    const paper = options.paper === 'a4' ? 'A4' : 'Letter';
    return { name: fileName(options, 'pdf'), mimeType: DIAGRAM_FORMATS.pdf.mimeType, content: bytes, description: `one ${paper} page, ${options.orientation}` };
  },
  async report(scene, options) {
    if (!options.report) throw new Error('The board report has nothing to say: its content was not prepared.');
    const { exportBoardReport } = await import('./boardReportPdf');
    const bytes = await exportBoardReport(scene, options.report, { paper: options.paper, parties: options.parties, impact: options.impact ?? null });
    const name = safeFileName(`${options.networkName} - board report`, DIAGRAM_FORMATS.report.extension);
    return { name, mimeType: DIAGRAM_FORMATS.report.mimeType, content: bytes, description: `a board report on ${options.paper === 'a4' ? 'A4' : 'Letter'} paper` };
  },
};
