// The small pieces of XML text handling Careweave does itself. The parser runs with entity
// processing off (no DOCTYPE entities, no external entities, nothing that can expand), so
// the five predefined entities and character references are decoded here, and only those:
// any other "&name;" stays as written, inert.

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (match, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
    }
    return PREDEFINED[entity] ?? match;
  });
}

// XML 1.0 cannot carry most control characters at all, even escaped; they are dropped on
// export rather than writing a file no tool can open.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML readers turn CR LF into LF; a character reference keeps a note's line ends exact.
    .replace(/\r/g, '&#13;');
}

/**
 * A DOCTYPE is how XML declares entities, including the "billion laughs" kind that expands to
 * gigabytes and external ones that read other files. GraphML from Gephi, yEd and Cytoscape
 * never has one, so any file with a DOCTYPE or an entity declaration is refused outright.
 */
export function findUnsafeXml(text: string): string | null {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return 'This file contains a DOCTYPE or entity declaration. Careweave does not open such files, because they can make a computer run out of memory or read other files. Save the file again from Gephi, yEd or Cytoscape (they never write one), or remove the <!DOCTYPE …> part.';
  }
  return null;
}
