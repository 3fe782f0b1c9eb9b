// The one font every PDF Careweave makes is set in: DejaVu Sans (regular and bold), embedded, so
// names in Latin, Greek and Cyrillic scripts and the common symbols (→ ≥ × € …) print as typed.
// jsPDF embeds only the glyphs a document uses, so a report stays small. DejaVu's licence (the
// Bitstream Vera licence, DejaVu's changes public domain) lets it ship and be embedded freely;
// see the README's licence notes.
import type { jsPDF } from 'jspdf';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';

/** The family name jsPDF and svg2pdf know the font by. */
export const PDF_FONT = 'DejaVuSans';

const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** Adds the font to a new document and makes it the document's font. */
export function embedPdfFont(doc: jsPDF): void {
  doc.addFileToVFS('DejaVuSans.ttf', base64Of(regularUrl));
  doc.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', base64Of(boldUrl));
  doc.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  doc.setFont(PDF_FONT, 'normal');
}

type GlyphLookup = { metadata?: { characterToGlyph?: (code: number) => number } };

/**
 * The text with every character the font has no glyph for (Chinese, for one) replaced by "?",
 * which reads as "something was here" where a missing glyph would print as nothing at all.
 * jsPDF writes text as UTF-16 units, so a character outside the basic plane is one "?" too.
 */
export function printable(doc: jsPDF, text: string): string {
  const font = doc.getFont() as unknown as GlyphLookup;
  const glyph = font.metadata?.characterToGlyph?.bind(font.metadata);
  if (!glyph) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === '\t') out += char;
    else out += code <= 0xffff && glyph(code) !== 0 ? char : '?';
  }
  return out;
}
