// Reading a file the person chose in the page (browser mode) as text: UTF-8, or Windows-1252 as
// older spreadsheets save it (shared/formats/decodeText.ts decides which).
import { decodeText } from '../../../shared/formats/decodeText';
import type { ReadFile } from '../../../shared/formats/importCheck';

export async function readLocalFile(file: File): Promise<ReadFile> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  return { name: file.name, size: file.size, ...decoded };
}
