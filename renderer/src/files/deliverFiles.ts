// Getting an exported file to the person, the same way on both transports: in the desktop app
// main opens a save dialog and writes the file (the page never sees a path); in browser mode
// the file downloads. The renderer asks main for "save-dialog" or "download" accordingly.
import type { Delivery, DeliveryResult, ExportedFile } from '../../../shared/api';
import { api } from '../api/client';

export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.careweave !== undefined;
}

export function preferredDelivery(): Delivery {
  return isDesktop() ? 'save-dialog' : 'download';
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by the time the click returns; the URL is freed a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function fileToBlob(file: ExportedFile): Blob {
  const part = file.encoding === 'base64' ? base64ToBytes(file.content) : file.content;
  return new Blob([part as BlobPart], { type: file.mimeType });
}

/** Downloads what main handed back; returns the names saved, or null when nothing was saved. */
export async function completeDelivery(result: DeliveryResult): Promise<string[] | null> {
  if (result.delivered === 'cancelled') return null;
  if (result.delivered === 'saved') return result.fileNames;
  for (const [index, file] of result.files.entries()) {
    // Browsers may drop a second download started in the same instant; space them a little.
    if (index > 0) await new Promise((resolve) => window.setTimeout(resolve, 250));
    downloadBlob(file.name, fileToBlob(file));
  }
  return result.files.map((file) => file.name);
}

async function blobToBase64(blob: Blob): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
  return url.slice(url.indexOf(',') + 1);
}

/** A file the page made itself (a diagram): saved through main's dialog, or downloaded. */
export async function deliverMadeFile(name: string, mimeType: string, content: Uint8Array | string): Promise<string[] | null> {
  const blob = new Blob([content as BlobPart], { type: mimeType });
  if (!isDesktop()) {
    downloadBlob(name, blob);
    return [name];
  }
  const saved =
    typeof content === 'string'
      ? await api.saveFile({ suggestedName: name, mimeType, encoding: 'utf8', content })
      : await api.saveFile({ suggestedName: name, mimeType, encoding: 'base64', content: await blobToBase64(blob) });
  return saved.saved && saved.fileName ? [saved.fileName] : null;
}
