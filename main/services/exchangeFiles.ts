// Getting files to and from the person: in the desktop app through the operating system's
// dialogs, opened by main (main/app/dialogs.ts implements FileDialogs, so paths never come from
// the page); in browser mode by handing the files back for the page to download. Reading and
// writing the chosen paths happens here, in main.
import { stat, readFile, writeFile, access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ApiError } from '../../shared/api';
import type { DeliveryResult, ExportedFile } from '../../shared/api';
import { decodeText, sizeProblem } from '../../shared/formats';
import type { ReadFile } from '../../shared/formats';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The desktop app's dialogs; absent in browser mode. */
export interface FileDialogs {
  /** Where to save one file; null when the person cancelled. */
  chooseSavePath(options: { title: string; suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  /** A folder for several files; null when cancelled. */
  chooseFolder(options: { title: string; buttonLabel: string }): Promise<string | null>;
  /** Files to import; null when cancelled. */
  chooseOpenPaths(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>;
  /** Asks before files in a chosen folder are replaced. */
  confirmReplace(fileNames: string[]): Promise<boolean>;
}

export interface OutgoingFile {
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

function toExported(file: OutgoingFile): ExportedFile {
  return typeof file.content === 'string'
    ? { name: file.name, mimeType: file.mimeType, encoding: 'utf8', content: file.content }
    : { name: file.name, mimeType: file.mimeType, encoding: 'base64', content: Buffer.from(file.content).toString('base64') };
}

function withExtension(path: string, suggestedName: string): string {
  const wanted = /\.[A-Za-z0-9]+$/.exec(suggestedName)?.[0] ?? '';
  return wanted && !path.toLowerCase().endsWith(wanted.toLowerCase()) ? `${path}${wanted}` : path;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function noDialogs(): ApiError {
  return new ApiError('invalid_request', 'Saving through a dialog is only possible in the desktop app; in the browser the file downloads instead.');
}

export async function deliverFiles(
  files: readonly OutgoingFile[],
  delivery: 'download' | 'save-dialog',
  dialogs: FileDialogs | null,
  what: { title: string; filters: FileFilter[] },
): Promise<DeliveryResult> {
  if (delivery === 'download') return { delivered: 'download', files: files.map(toExported) };
  if (!dialogs) throw noDialogs();
  const [single] = files;
  if (files.length === 1 && single) {
    const chosen = await dialogs.chooseSavePath({ title: what.title, suggestedName: single.name, filters: what.filters });
    if (chosen === null) return { delivered: 'cancelled' };
    const path = withExtension(chosen, single.name);
    await writeFile(path, single.content);
    return { delivered: 'saved', fileNames: [basename(path)] };
  }
  const folder = await dialogs.chooseFolder({ title: what.title, buttonLabel: 'Save here' });
  if (folder === null) return { delivered: 'cancelled' };
  const taken = [];
  for (const file of files) if (await exists(join(folder, file.name))) taken.push(file.name);
  if (taken.length > 0 && !(await dialogs.confirmReplace(taken))) return { delivered: 'cancelled' };
  for (const file of files) await writeFile(join(folder, file.name), file.content);
  return { delivered: 'saved', fileNames: files.map((file) => file.name) };
}

/** Reads chosen files after checking their size, so an oversized file is never loaded. */
export async function readChosenFiles(paths: readonly string[], maxTotalBytes: number, formatLabel: string): Promise<ReadFile[]> {
  const chosen = await Promise.all(paths.map(async (path) => ({ path, name: basename(path), size: (await stat(path)).size })));
  const tooLarge = sizeProblem(chosen, maxTotalBytes, formatLabel);
  if (tooLarge) throw new ApiError('invalid_request', tooLarge);
  return Promise.all(chosen.map(async ({ path, name, size }) => ({ name, size, ...decodeText(await readFile(path)) })));
}
