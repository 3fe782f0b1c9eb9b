// What a chosen file really holds, told from its first characters before any parser sees it.
// People rename files ("budget.xlsx" → "budget.csv") or save an empty one by accident; a
// parser would then report a puzzling syntax error on line 1, while the person needs to hear
// what the file is and what to do with it.
import type { DataFormatId } from './registry';

// The bytes arrive decoded as text: a binary file is not valid UTF-8, so decodeText reads it as
// Windows-1252, where these signatures come out as the characters below.
const ZIP = 'PK\u0003\u0004';
// The OLE2 compound-file signature (D0 CF 11 E0 A1 B1 1A E1) of .xls and old .doc files.
const OLE2 = '\u00D0\u00CF\u0011\u00E0';

const SAVE_AS_CSV =
  'Careweave reads spreadsheets saved as CSV, not workbooks: open it in Excel, choose File › Save As › "CSV UTF-8 (Comma delimited)" once for the parties sheet and once for the relationships sheet, and import those .csv files.';

const FORMAT_WORDS: Record<DataFormatId, string> = { csv: 'CSV', graphml: 'GraphML', json: 'Careweave (.json)' };

function what(format: DataFormatId): string {
  return `${FORMAT_WORDS[format]} file`;
}

/** Null when the text may be what its name says; otherwise what it is and what to do, in words. */
export function foreignContentProblem(text: string, format: DataFormatId): string | null {
  if (text.trim() === '') {
    return `This file is empty: it has no ${format === 'csv' ? 'rows' : 'content'} at all, so there is nothing to import. If it should hold a network, save or export it again from the program that made it and choose the new file.`;
  }
  const head = text.slice(0, 4096);
  if (head.startsWith(ZIP)) {
    if (head.includes('[Content_Types].xml') || head.includes('xl/')) {
      return `This is an Excel workbook (.xlsx) renamed to look like a ${what(format)}. ${SAVE_AS_CSV}`;
    }
    if (head.includes('opendocument.spreadsheet')) {
      return `This is a LibreOffice or OpenOffice spreadsheet (.ods) renamed to look like a ${what(format)}. Open it and choose File › Save As › "Text CSV (.csv)" with UTF-8, then import the .csv files.`;
    }
    return `This is a compressed (zip) file, not a ${what(format)}. Unpack it first and choose the file inside.`;
  }
  if (head.startsWith(OLE2)) {
    return `This is an older Excel workbook (.xls) renamed to look like a ${what(format)}. ${SAVE_AS_CSV}`;
  }
  if (head.startsWith('%PDF-')) return `This is a PDF document, not a ${what(format)}. Careweave cannot read networks from PDF files.`;
  return null;
}
