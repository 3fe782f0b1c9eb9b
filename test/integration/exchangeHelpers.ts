// Drives an import through the API exactly as the page does in browser mode: announce the
// files, send them in pieces, ask for the check, poll the job, then commit and poll again.
import { expect } from 'vitest';
import { ApiError } from '../../shared/api';
import type { CareweaveApi, DeliveryResult } from '../../shared/api';
import { IMPORT_CHUNK_CHARS } from '../../shared/formats';
import type { ImportJob, ImportPhase } from '../../shared/api';
import type { DateOrder, ImportFile } from '../../shared/formats';
import type { RelationshipKind } from '../../shared/domain';

export async function waitForJob(api: CareweaveApi, jobId: string, until: readonly ImportPhase[], timeoutMs = 120_000): Promise<ImportJob> {
  const started = Date.now();
  for (;;) {
    const job = await api.getImportJob({ jobId });
    if (until.includes(job.phase)) return job;
    if (Date.now() - started > timeoutMs) throw new Error(`import ${jobId} still ${job.phase} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function checkImport(
  api: CareweaveApi,
  files: readonly ImportFile[],
  options: { targetNetworkId?: string | null; defaultKind?: RelationshipKind; dateOrder?: DateOrder } = {},
): Promise<ImportJob> {
  const job = await api.beginImport({
    targetNetworkId: options.targetNetworkId ?? null,
    ...(options.defaultKind ? { defaultKind: options.defaultKind } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    files: files.map((file) => ({ name: file.name, size: Buffer.byteLength(file.text) })),
  });
  for (const [fileIndex, file] of files.entries()) {
    for (let start = 0; start < file.text.length; start += IMPORT_CHUNK_CHARS) {
      await api.appendImportChunk({ jobId: job.jobId, fileIndex, text: file.text.slice(start, start + IMPORT_CHUNK_CHARS) });
    }
  }
  await api.analyzeImport({ jobId: job.jobId });
  return waitForJob(api, job.jobId, ['invalid', 'ready', 'failed', 'cancelled']);
}

export async function commitImport(api: CareweaveApi, job: ImportJob, networkName?: string): Promise<ImportJob> {
  expect(job.phase, JSON.stringify(job.problems.slice(0, 3))).toBe('ready');
  await api.commitImport({ jobId: job.jobId, ...(networkName ? { networkName } : {}) });
  return waitForJob(api, job.jobId, ['done', 'failed', 'cancelled']);
}

export async function importFiles(api: CareweaveApi, files: readonly ImportFile[], options: { targetNetworkId?: string | null; networkName?: string } = {}) {
  const done = await commitImport(api, await checkImport(api, files, options), options.networkName);
  expect(done.phase, done.message ?? '').toBe('done');
  if (!done.result) throw new Error('no result');
  return done.result;
}

export function unique(label: string): string {
  return `${label} ${Math.random().toString(36).slice(2, 8)}`;
}

/** The files of an export delivered as a download, as an import would read them. */
export function downloaded(result: DeliveryResult): ImportFile[] {
  if (result.delivered !== 'download') throw new Error(`expected a download, got ${result.delivered}`);
  return result.files.map((file) => ({ name: file.name, text: file.content }));
}

/** The API's refusal of a request, which must be an ApiError. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
