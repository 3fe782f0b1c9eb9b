// PDF export: one page (A4 or Letter, portrait or landscape) with the title, the network's
// name, the date, the map as vector graphics, the legend, and — while a withdrawal simulation is
// shown — its summary and impact key. Set in the one embedded font (pdfFont.ts).
import { jsPDF } from 'jspdf';
import type { Scene } from './diagramScene';
import type { PdfOptions } from '../core/exchange/exportTypes';
import { layoutLegend } from './pdfLegend';
import { embedPdfFont, PDF_FONT, printable } from './pdfFont';
import { drawMap } from './pdfMap';

const MARGIN = 40;
const SUMMARY_LINE = 11;
const MAX_SUMMARY_LINES = 14;

export async function exportPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: options.paper, orientation: options.orientation, compress: true, putOnlyUsedFonts: true });
  embedPdfFont(doc);
  doc.setProperties({ title: options.title, subject: options.networkName, creator: 'Careweave' });
  const page = { width: doc.internal.pageSize.getWidth(), height: doc.internal.pageSize.getHeight() };
  const inner = page.width - 2 * MARGIN;
  const text = (value: string) => printable(doc, value);

  let y = MARGIN + 14;
  doc.setFont(PDF_FONT, 'bold').setFontSize(18).setTextColor(28, 37, 48);
  doc.text(text(options.title), MARGIN, y, { maxWidth: inner });
  y += 18;
  doc.setFont(PDF_FONT, 'normal').setFontSize(11);
  doc.text(text(`Network: ${options.networkName}`), MARGIN, y, { maxWidth: inner });
  y += 14;
  doc.setFontSize(9).setTextColor(90, 100, 110);
  doc.text(text(`Exported ${options.date} from Careweave`), MARGIN, y);
  y += 12;

  doc.setFontSize(9);
  const summary = (options.summaryLines ?? []).flatMap((line) => doc.splitTextToSize(text(line), inner - 8) as string[]);
  const shownSummary = summary.length > MAX_SUMMARY_LINES ? [...summary.slice(0, MAX_SUMMARY_LINES - 1), '…'] : summary;
  const summaryHeight = shownSummary.length > 0 ? 18 + shownSummary.length * SUMMARY_LINE : 0;
  const legend = layoutLegend(doc, inner, options.parties, options.impact ?? null);
  const bottom = page.height - MARGIN - legend.height - summaryHeight;

  await drawMap(doc, scene, { x: MARGIN, y, width: inner, height: Math.max(40, bottom - y) });

  let below = bottom + 6;
  if (shownSummary.length > 0) {
    doc.setFont(PDF_FONT, 'bold').setFontSize(10).setTextColor(28, 37, 48);
    doc.text(text(options.summaryTitle ?? 'Withdrawal simulation'), MARGIN, below + 10);
    doc.setFont(PDF_FONT, 'normal').setFontSize(9);
    shownSummary.forEach((line, index) => doc.text(line, MARGIN + 8, below + 22 + index * SUMMARY_LINE));
    below += summaryHeight;
  }
  await legend.draw(MARGIN, below);
  return new Uint8Array(doc.output('arraybuffer'));
}
