// Text that flows down PDF pages: headings, paragraphs, bullets with indented details and
// label–value rows, a new page whenever the next block would not fit, and every string passed
// through the embedded font's coverage (pdfFont.printable). Units are points.
import type { jsPDF } from 'jspdf';
import { PDF_FONT, printable } from './pdfFont';

export const INK: [number, number, number] = [28, 37, 48];
export const MUTED: [number, number, number] = [75, 88, 102];

export type PageBox = { left: number; top: number; width: number; bottom: number };

export class PdfFlow {
  y: number;

  constructor(
    private readonly doc: jsPDF,
    private readonly box: PageBox,
    private readonly newPage: () => void,
  ) {
    this.y = box.top;
  }

  private style(size: number, bold = false, colour: [number, number, number] = INK): void {
    this.doc.setFont(PDF_FONT, bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...colour);
  }

  private lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(printable(this.doc, text), width) as string[];
  }

  /** Starts a new page unless `height` points still fit on this one. */
  room(height: number): void {
    if (this.y + height <= this.box.bottom) return;
    this.newPage();
    this.y = this.box.top;
  }

  private write(lines: string[], x: number, size: number, gapAfter: number): void {
    const step = size * 1.3;
    for (const line of lines) {
      this.room(step);
      this.doc.text(line, x, this.y + size);
      this.y += step;
    }
    this.y += gapAfter;
  }

  heading(text: string, size = 14): void {
    this.style(size, true);
    const lines = this.lines(text, this.box.width);
    // A heading never sits alone at the foot of a page.
    this.room(lines.length * size * 1.3 + 40);
    this.write(lines, this.box.left, size, 4);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; muted?: boolean; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.style(size, options.bold, options.muted ? MUTED : INK);
    this.write(this.lines(text, this.box.width - indent), this.box.left + indent, size, 4);
  }

  bullet(text: string, details: readonly string[] = [], size = 10): void {
    this.style(size);
    const lines = this.lines(text, this.box.width - 12);
    this.room(lines.length * size * 1.3);
    this.doc.text('•', this.box.left + 2, this.y + size);
    this.write(lines, this.box.left + 12, size, details.length > 0 ? 1 : 3);
    for (const detail of details) {
      this.style(size - 1, false, MUTED);
      this.write(this.lines(detail, this.box.width - 24), this.box.left + 24, size - 1, 3);
    }
  }

  /** Label on the left, value beside it, one row each. */
  keyValues(rows: readonly { label: string; value: string }[], labelWidth = 190, size = 10.5): void {
    for (const row of rows) {
      this.style(size, true);
      const label = this.lines(row.label, labelWidth - 10);
      this.style(size);
      const value = this.lines(row.value, this.box.width - labelWidth);
      const height = Math.max(label.length, value.length) * size * 1.3 + 5;
      this.room(height);
      this.doc.setDrawColor(220, 224, 228).setLineWidth(0.5).line(this.box.left, this.y, this.box.left + this.box.width, this.y);
      this.style(size, true);
      label.forEach((line, index) => this.doc.text(line, this.box.left, this.y + 3 + size + index * size * 1.3));
      this.style(size);
      value.forEach((line, index) => this.doc.text(line, this.box.left + labelWidth, this.y + 3 + size + index * size * 1.3));
      this.y += height;
    }
    this.y += 6;
  }
}
