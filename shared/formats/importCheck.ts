// Which chosen files an import accepts, checked from their names and sizes before any of them is
// read: the page checks them before sending (browser mode), main before receiving or opening them.
// One rule and one set of messages for both, so a file is refused the same way wherever it was
// chosen, and an oversized file fails at once instead of exhausting memory.
import type { DecodedText } from './decodeText';
import { formatBytes } from './limits';
import { DATA_FORMATS, detectDataFormat } from './registry';
import type { DataFormatId } from './registry';

export interface ChosenFile {
  name: string;
  size: number;
}

/** A chosen file once read: its text, and how its bytes were decoded. */
export type ReadFile = ChosenFile & DecodedText;

export type ImportCheck = { ok: true; format: DataFormatId } | { ok: false; message: string };

/** The size rule alone, for a reader that learns the sizes from the disk; null when they fit. */
export function sizeProblem(files: readonly ChosenFile[], maxBytes: number, formatLabel: string): string | null {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total <= maxBytes) return null;
  const what = files.length === 1 ? `"${files[0]?.name ?? ''}" is` : 'These files are';
  return `${what} ${formatBytes(total)}; Careweave imports ${formatLabel} files of up to ${formatBytes(maxBytes)}. Split the file and import the parts one after the other.`;
}

export function checkImportFiles(files: readonly ChosenFile[]): ImportCheck {
  if (files.length === 0) return { ok: false, message: 'Choose a file to import.' };
  const format = detectDataFormat(files.map((file) => file.name));
  if (!format) {
    return {
      ok: false,
      message: 'Choose a Careweave file (.json), spreadsheet tables saved as CSV (.csv) or a GraphML file (.graphml), one kind at a time. From Excel, use File › Save As › CSV.',
    };
  }
  const descriptor = DATA_FORMATS[format];
  if (files.length > descriptor.maxFiles) {
    return { ok: false, message: `Choose at most ${descriptor.maxFiles} ${descriptor.label} file${descriptor.maxFiles === 1 ? '' : 's'} at a time.` };
  }
  const tooLarge = sizeProblem(files, descriptor.maxImportBytes, descriptor.label);
  return tooLarge ? { ok: false, message: tooLarge } : { ok: true, format };
}

/** What to say about files that were not saved as UTF-8, so odd letters have an explanation. */
export function encodingNotes(files: readonly Pick<ReadFile, 'name' | 'encoding'>[]): string[] {
  return files
    .filter((file) => file.encoding === 'windows-1252')
    .map((file) => `${file.name} was not saved as UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it again as "CSV UTF-8".`);
}

// "Harlan - parties.csv" names a network "Harlan"; a bare "parties.csv" names nothing.
export function networkNameFromFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[\s_-]*(parties|relationships|allowed-values)$/i, '').trim();
  return base || 'Imported network';
}
