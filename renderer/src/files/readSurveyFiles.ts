// Filled survey forms chosen in the page (issue 12), ready to send to main: a workbook as base64
// (it is a zip of XML parts), a CSV as text decoded the way every CSV import decodes it.
import type { SurveyFile } from '../../../shared/api';
import { readLocalFile } from './readLocalFile';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export async function readSurveyFiles(files: readonly File[]): Promise<SurveyFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (/\.(csv|txt)$/i.test(file.name)) return { name: file.name, encoding: 'utf8' as const, content: (await readLocalFile(file)).text };
      return { name: file.name, encoding: 'base64' as const, content: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    }),
  );
}
