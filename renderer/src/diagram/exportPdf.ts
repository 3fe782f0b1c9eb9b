// PDF export: one page (A4 or Letter, portrait or landscape) with the title, the network's
// name, the date, the map as vector graphics (the SVG export, drawn into the PDF by svg2pdf.js),
// the legend, and the withdrawal simulation's summary when one is shown.
import { jsPDF } from 'jspdf';
import type { Scene } from './diagramScene';
import type { PdfOptions } from '../core/exchange/exportTypes';
import { layoutLegend } from './pdfLegend';
import { drawMap } from './pdfMap';
import { toPdfText } from '../core/exchange/pdfText';

const MARGIN = 40;
const SUMMARY_LINE = 11;
const MAX_SUMMARY_LINES = 14;

export async function exportPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: options.paper, orientation: options.orientation, compress: true });
  doc.setProperties({ title: toPdfText(options.title), subject: toPdfText(options.networkName), creator: 'Careweave' });
  const page = { width: doc.internal.pageSize.getWidth(), height: doc.internal.pageSize.getHeight() };
  const inner = page.width - 2 * MARGIN;

  let y = MARGIN + 14;
  doc.setFont('helvetica', 'bold').setFontSize(18).setTextColor(28, 37, 48);
  doc.text(toPdfText(options.title), MARGIN, y, { maxWidth: inner });
  y += 18;
  doc.setFont('helvetica', 'normal').setFontSize(11);
  doc.text(toPdfText(`Network: ${options.networkName}`), MARGIN, y, { maxWidth: inner });
  y += 14;
  doc.setFontSize(9).setTextColor(90, 100, 110);
  doc.text(toPdfText(`Exported ${options.date} from Careweave`), MARGIN, y);
  y += 12;

  doc.setFontSize(9);
  const summary = (options.summaryLines ?? []).flatMap((line) => doc.splitTextToSize(toPdfText(line), inner - 8) as string[]);
  const shownSummary = summary.length > MAX_SUMMARY_LINES ? [...summary.slice(0, MAX_SUMMARY_LINES - 1), '…'] : summary;
  const summaryHeight = shownSummary.length > 0 ? 18 + shownSummary.length * SUMMARY_LINE : 0;
  const legend = layoutLegend(doc, inner, options.parties);
  const bottom = page.height - MARGIN - legend.height - summaryHeight;

  await drawMap(doc, scene, { x: MARGIN, y, width: inner, height: Math.max(40, bottom - y) });

  let below = bottom + 6;
  if (shownSummary.length > 0) {
    doc.setFont('helvetica', 'bold').setFontSize(10).setTextColor(28, 37, 48);
    doc.text(toPdfText(options.summaryTitle ?? 'Withdrawal simulation'), MARGIN, below + 10);
    doc.setFont('helvetica', 'normal').setFontSize(9);
    shownSummary.forEach((line, index) => doc.text(line, MARGIN + 8, below + 22 + index * SUMMARY_LINE));
    below += summaryHeight;
  }
  await legend.draw(MARGIN, below);
  return new Uint8Array(doc.output('arraybuffer'));
}
