// Turns a file's bytes into text. Spreadsheets on Windows still save CSV in the Windows-1252
// code page, so bytes that are not valid UTF-8 are read as that instead of turning every "é"
// into a replacement character; the caller is told, so the preview can say so.

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // A leading byte-order mark is dropped by the decoder (ignoreBOM: false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Text that arrived already decoded may still begin with a byte-order mark. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
