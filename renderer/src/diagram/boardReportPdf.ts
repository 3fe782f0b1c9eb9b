// The board report as a PDF: a cover (title, network, date, who prepared it, the headline of a
// simulation), the map on a landscape page with its legend and impact key, then the key numbers
// and the simulation's sections flowing over portrait pages, each page footed with its number.
import { jsPDF } from 'jspdf';
import type { BoardReport } from '../core/report/boardReport';
import type { PaperSize } from '../core/exchange/exportTypes';
import type { Party } from '../../../shared/domain';
import type { Thresholds } from '../core/simulation/simulationView';
import type { Scene } from './diagramScene';
import { embedPdfFont, PDF_FONT, printable } from './pdfFont';
import { INK, MUTED, PdfFlow } from './pdfFlow';
import { layoutLegend } from './pdfLegend';
import { drawMap } from './pdfMap';

const MARGIN = 48;
const ACCENT: [number, number, number] = [11, 95, 174];

export type BoardReportOptions = { paper: PaperSize; parties: readonly Pick<Party, 'type' | 'side'>[]; impact: Thresholds | null };

function cover(doc: jsPDF, report: BoardReport): void {
  const width = doc.internal.pageSize.getWidth();
  const flow = new PdfFlow(doc, { left: MARGIN, top: 150, width: width - 2 * MARGIN, bottom: doc.internal.pageSize.getHeight() - MARGIN }, () => doc.addPage());
  doc.setFillColor(...ACCENT).rect(0, 0, width, 12, 'F');
  doc.setFont(PDF_FONT, 'bold').setFontSize(11).setTextColor(...ACCENT).text('Careweave · board report', MARGIN, 110);
  flow.heading(report.title, 26);
  flow.paragraph(report.networkName, { size: 15 });
  flow.paragraph(`Prepared ${report.preparedBy.trim() ? `by ${report.preparedBy.trim()} ` : ''}on ${report.date}`, { size: 11, muted: true });
  flow.y += 24;
  if (report.headline) {
    flow.paragraph('The headline', { size: 11, bold: true, muted: true });
    flow.paragraph(report.headline, { size: 14, bold: true });
    flow.y += 16;
  }
  flow.paragraph('In this report', { size: 11, bold: true, muted: true });
  const contents = ['The map, with its legend', 'Key numbers', ...report.sections.map((section) => section.title)];
  for (const entry of contents) flow.bullet(entry, [], 11);
}

async function mapPage(doc: jsPDF, scene: Scene, report: BoardReport, options: BoardReportOptions): Promise<void> {
  doc.addPage(options.paper, 'landscape');
  const width = doc.internal.pageSize.getWidth();
  const height = doc.internal.pageSize.getHeight();
  doc.setFont(PDF_FONT, 'bold').setFontSize(14).setTextColor(...INK).text(printable(doc, `The map: ${report.networkName}`), MARGIN, MARGIN, { maxWidth: width - 2 * MARGIN });
  const legend = layoutLegend(doc, width - 2 * MARGIN, options.parties, options.impact);
  const top = MARGIN + 12;
  const bottom = height - MARGIN - legend.height;
  await drawMap(doc, scene, { x: MARGIN, y: top, width: width - 2 * MARGIN, height: Math.max(60, bottom - top) });
  await legend.draw(MARGIN, bottom + 4);
}

function footers(doc: jsPDF, report: BoardReport): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    doc.setFont(PDF_FONT, 'normal').setFontSize(8).setTextColor(...MUTED);
    doc.text(printable(doc, `${report.networkName} · ${report.date}`), MARGIN, height - 24, { maxWidth: width / 2 });
    doc.text(`Page ${page} of ${pages}`, width - MARGIN, height - 24, { align: 'right' });
  }
}

export async function exportBoardReport(scene: Scene, report: BoardReport, options: BoardReportOptions): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  embedPdfFont(doc);
  doc.setProperties({ title: report.title, subject: report.networkName, author: report.preparedBy, creator: 'Careweave' });
  cover(doc, report);
  await mapPage(doc, scene, report, options);
  doc.addPage(options.paper, 'portrait');
  const width = doc.internal.pageSize.getWidth();
  const box = { left: MARGIN, top: MARGIN, width: width - 2 * MARGIN, bottom: doc.internal.pageSize.getHeight() - MARGIN - 16 };
  const flow = new PdfFlow(doc, box, () => doc.addPage(options.paper, 'portrait'));
  flow.heading('Key numbers', 16);
  flow.keyValues(report.keyNumbers);
  for (const section of report.sections) {
    flow.y += 8;
    flow.heading(section.title, 14);
    if (section.intro) flow.paragraph(section.intro, { muted: true });
    for (const item of section.items) flow.bullet(item.text, item.details);
    if (section.more) flow.paragraph(section.more, { muted: true });
  }
  footers(doc, report);
  return new Uint8Array(doc.output('arraybuffer'));
}
