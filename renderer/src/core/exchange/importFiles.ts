// The page's part of an import in browser mode: check the chosen files before reading them
// (kind and size, so an oversized file fails at once with a clear message), read them as text
// (UTF-8, or Windows-1252 as older spreadsheets save), and send them to main in pieces small
// enough for the HTTP body limit, so progress can be shown and Cancel stops between pieces.
import { decodeText } from '../../../../shared/formats/decodeText';
import type { ImportJob, ImportPhase } from '../../../../shared/api';
import { formatBytes, IMPORT_CHUNK_CHARS } from '../../../../shared/formats/limits';
import { DATA_FORMATS, detectDataFormat } from '../../../../shared/formats/registry';
import type { DataFormatId } from '../../../../shared/formats/registry';

export type FileCheck = { ok: true; format: DataFormatId } | { ok: false; message: string };

export function checkChosenFiles(files: readonly { name: string; size: number }[]): FileCheck {
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
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > descriptor.maxImportBytes) {
    return {
      ok: false,
      message: `${files.length === 1 ? `“${files[0]?.name}” is` : 'These files are'} ${formatBytes(total)}; Careweave imports ${descriptor.label} files of up to ${formatBytes(descriptor.maxImportBytes)}. Split the file and import the parts one after the other.`,
    };
  }
  return { ok: true, format };
}

export interface LocalFile {
  name: string;
  size: number;
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

export async function readLocalFile(file: File): Promise<LocalFile> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  return { name: file.name, size: file.size, ...decoded };
}

export function* textChunks(text: string, size = IMPORT_CHUNK_CHARS): Generator<string> {
  if (text.length === 0) yield '';
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

export const BUSY_PHASES: readonly ImportPhase[] = ['receiving', 'received', 'analyzing', 'writing'];

export function isBusy(job: ImportJob | null): boolean {
  return job !== null && BUSY_PHASES.includes(job.phase);
}

/** What the progress bar says while a job runs. */
export function progressLabel(job: ImportJob): string {
  if (job.progress) return job.progress.stage;
  if (job.phase === 'writing') return 'Saving…';
  return 'Checking the file…';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
