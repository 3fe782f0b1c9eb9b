// A presentation as a PDF (issue 15): one landscape page a slide — its title, its short text and,
// for a view or scenario slide, the map as that slide shows it (the SVG export drawn as vectors by
// svg2pdf.js, as the diagram PDF does), with what a scenario slide's withdrawal did under it; a
// text-only slide sets its title and text large on the page. Every page says where it belongs.
import { jsPDF } from 'jspdf';
import type { Scene } from './diagramScene';
import { drawMap } from './pdfMap';
import { embedPdfFont, PDF_FONT, printable } from './pdfFont';

export type SlidePage = {
  title: string;
  text: string;
  /** The map as the slide shows it; null for a text-only slide. */
  scene: Scene | null;
  /** What the slide's withdrawal did, in one line; null for other slides. */
  note: string | null;
};

export type PresentationPdfOptions = { name: string; networkName: string; date: string };

const MARGIN = 36;
const INK: [number, number, number] = [28, 37, 48];
const QUIET: [number, number, number] = [90, 100, 110];

function footer(doc: jsPDF, options: PresentationPdfOptions, index: number, count: number): void {
  const { width, height } = { width: doc.internal.pageSize.getWidth(), height: doc.internal.pageSize.getHeight() };
  doc.setFont(PDF_FONT, 'normal').setFontSize(8).setTextColor(...QUIET);
  doc.text(printable(doc, `${options.name} · ${options.networkName} · ${options.date}`), MARGIN, height - MARGIN / 2);
  doc.text(`Slide ${index + 1} of ${count}`, width - MARGIN, height - MARGIN / 2, { align: 'right' });
}

function textPage(doc: jsPDF, page: SlidePage): void {
  const width = doc.internal.pageSize.getWidth();
  const inner = width - 4 * MARGIN;
  const title = doc.setFont(PDF_FONT, 'bold').setFontSize(30).splitTextToSize(printable(doc, page.title || ' '), inner) as string[];
  const text = doc.setFont(PDF_FONT, 'normal').setFontSize(15).splitTextToSize(printable(doc, page.text), inner) as string[];
  const height = title.length * 36 + 18 + text.length * 21;
  let y = Math.max(MARGIN * 2, (doc.internal.pageSize.getHeight() - height) / 2) + 26;
  doc.setFont(PDF_FONT, 'bold').setFontSize(30).setTextColor(...INK);
  doc.text(title, 2 * MARGIN, y);
  y += title.length * 36 + 18;
  doc.setFont(PDF_FONT, 'normal').setFontSize(15).setTextColor(...INK);
  doc.text(text, 2 * MARGIN, y);
}

async function mapPage(doc: jsPDF, page: SlidePage, scene: Scene): Promise<void> {
  const width = doc.internal.pageSize.getWidth();
  const inner = width - 2 * MARGIN;
  let y = MARGIN + 16;
  doc.setFont(PDF_FONT, 'bold').setFontSize(20).setTextColor(...INK);
  const title = doc.splitTextToSize(printable(doc, page.title), inner) as string[];
  doc.text(title, MARGIN, y);
  y += title.length * 22;
  doc.setFont(PDF_FONT, 'normal').setFontSize(11);
  const lines = [page.text, page.note].filter((line): line is string => Boolean(line)).flatMap((line) => doc.splitTextToSize(printable(doc, line), inner) as string[]);
  if (lines.length > 0) {
    doc.text(lines, MARGIN, y);
    y += lines.length * 13.5;
  }
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  const box = { x: MARGIN, y: y + 4, width: inner, height: Math.max(60, bottom - y - 8) };
  await drawMap(doc, scene, box);
}

export async function presentationPdf(pages: readonly SlidePage[], options: PresentationPdfOptions): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
  embedPdfFont(doc);
  doc.setProperties({ title: printable(doc, options.name), subject: printable(doc, options.networkName), creator: 'Careweave' });
  for (const [index, page] of pages.entries()) {
    if (index > 0) doc.addPage('a4', 'landscape');
    if (page.scene) await mapPage(doc, page, page.scene);
    else textPage(doc, page);
    footer(doc, options, index, pages.length);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
