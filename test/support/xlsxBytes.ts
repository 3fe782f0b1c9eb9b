// The first bytes of an Excel workbook (.xlsx), for tests of a workbook renamed ".csv": a zip
// archive whose first entries are "[Content_Types].xml" and "xl/workbook.xml", as Excel writes
// them. Entries are stored uncompressed; only the shape matters, not the spreadsheet inside.
import { crc32 } from 'node:zlib';

function entry(name: string, text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0); // local file header signature: "PK\x03\x04"
  header.writeUInt16LE(20, 4); // version needed to extract
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18); // compressed size (stored)
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([header, Buffer.from(name, 'utf8'), data]);
}

export function xlsxBytes(): Uint8Array {
  return Buffer.concat([
    entry('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    entry('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    entry('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row></sheetData></worksheet>'),
  ]);
}
