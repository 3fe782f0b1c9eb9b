// How an import looks from the page: files go to main in pieces small enough for the HTTP body
// limit (so progress can be shown and Cancel stops between pieces), and a running job is
// described in words.
import type { ImportJob, ImportPhase } from '../../../../shared/api';
import { IMPORT_CHUNK_CHARS } from '../../../../shared/formats/limits';

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
