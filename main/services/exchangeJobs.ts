// Import jobs held in main between calls, and every change of their state: the file text as it
// arrives, then the plan, then the result. The page follows a job by polling its id
// (getImportJob), which works the same over IPC and HTTP. Jobs are few and short-lived:
// abandoned ones are dropped within a minute, finished ones after a while, and the text and
// plan are released as soon as they are no longer needed.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError, IMPORT_KEEP_ALIVE_MS } from '../../shared/api';
import type { ImportJob, ImportPhase } from '../../shared/api';
import type { RelationshipKind } from '../../shared/domain';
import { formatBytes, previewOfPlan } from '../../shared/formats';
import type { AnalyzeResult, DataFormatId, DateOrder, ImportPlan, ImportPreview, ImportProblem, ReadFile } from '../../shared/formats';
import { toApiError } from '../database/neo4jErrors';

export type JobFile = Omit<ReadFile, 'text'> & { chunks: string[]; chars: number };

export interface Job {
  id: string;
  phase: ImportPhase;
  format: DataFormatId;
  files: JobFile[];
  targetNetworkId: string | null;
  defaultKind: RelationshipKind;
  dateOrder: DateOrder | null;
  progress: { share: number; stage: string } | null;
  problems: ImportProblem[];
  problemCount: number;
  notes: string[];
  preview: ImportPreview | null;
  plan: ImportPlan | null;
  result: { networkId: string; networkName: string } | null;
  message: string | null;
  cancelRequested: boolean;
  touchedAt: number;
}

// Several imports may be prepared at once (two windows, a retry); more than this is a mistake
// or abuse, and each job can hold up to the size limit in memory.
const MAX_JOBS = 3;
// A finished job is kept this long so the page can still read its outcome after a hiccup.
const KEEP_FINISHED_MS = 30 * 60 * 1000;
// The page asks about a job it shows at least every IMPORT_KEEP_ALIVE_MS while it waits for the
// person, and every few hundred milliseconds otherwise; a job nobody asked about for four of
// those periods belongs to a closed tab.
const ABANDONED_MS = 4 * IMPORT_KEEP_ALIVE_MS;
// When every place is taken, a new import displaces the longest-idle job that is not running,
// if it has been idle this long: a file still being sent touches its job several times a second.
const DISPLACEABLE_MS = 15_000;
const ACTIVE: readonly ImportPhase[] = ['receiving', 'received', 'analyzing', 'ready', 'writing'];
const RUNNING: readonly ImportPhase[] = ['analyzing', 'writing'];
const OVER: readonly ImportPhase[] = ['done', 'failed', 'cancelled'];
const CANCELLED_MESSAGE = 'The import was cancelled. Nothing was changed.';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** The import service's clock (milliseconds) and id source, so tests can fix both. */
export interface JobSources {
  clock: () => number;
  newId: () => string;
}

export function createJobStore({ clock, newId }: JobSources) {
  const jobs = new Map<string, Job>();

  function sweep(): void {
    const now = clock();
    for (const [id, job] of jobs) {
      if (RUNNING.includes(job.phase)) continue;
      const idle = now - job.touchedAt;
      if (idle > (ACTIVE.includes(job.phase) ? ABANDONED_MS : KEEP_FINISHED_MS)) jobs.delete(id);
    }
  }

  function makeRoom(): void {
    const open = [...jobs.values()].filter((job) => ACTIVE.includes(job.phase));
    if (open.length < MAX_JOBS) return;
    const idlest = open.filter((job) => !RUNNING.includes(job.phase)).sort((a, b) => a.touchedAt - b.touchedAt)[0];
    if (idlest && clock() - idlest.touchedAt >= DISPLACEABLE_MS) {
      jobs.delete(idlest.id);
      return;
    }
    throw new ApiError('conflict', 'Other imports are still being checked, sent or saved. Wait for one of them to finish (or cancel it), then try again.');
  }

  return {
    create(init: Pick<Job, 'format' | 'files' | 'targetNetworkId' | 'defaultKind' | 'dateOrder' | 'phase' | 'notes'>): Job {
      sweep();
      makeRoom();
      const job: Job = {
        id: newId(),
        progress: null,
        problems: [],
        problemCount: 0,
        preview: null,
        plan: null,
        result: null,
        message: null,
        cancelRequested: false,
        touchedAt: clock(),
        ...init,
      };
      jobs.set(job.id, job);
      return job;
    },

    get(id: string): Job {
      sweep();
      const job = jobs.get(id);
      if (!job) {
        throw new ApiError('not_found', 'This import is no longer open (it was cancelled or finished a while ago). Start the import again.');
      }
      job.touchedAt = clock();
      return job;
    },
  };
}
export type JobStore = ReturnType<typeof createJobStore>;

export function viewOf(job: Job): ImportJob {
  return {
    jobId: job.id,
    phase: job.phase,
    format: job.format,
    files: job.files.map((file) => ({ name: file.name, size: file.size, encoding: file.encoding })),
    targetNetworkId: job.targetNetworkId,
    progress: job.progress,
    problems: job.problems,
    problemCount: job.problemCount,
    notes: job.notes,
    preview: job.preview,
    result: job.result,
    message: job.message,
  };
}

export function requirePhase(job: Job, phases: readonly ImportPhase[], doing: string): void {
  if (!phases.includes(job.phase)) {
    throw new ApiError('conflict', `This import cannot ${doing} now (it is ${job.phase}). Start the import again if needed.`);
  }
}

/** Frees what a finished job no longer needs: the file text and the plan. */
function release(job: Job): void {
  for (const file of job.files) file.chunks = [];
  job.plan = null;
}

/** A piece of a file the page sends in browser mode. */
export function receiveChunk(job: Job, fileIndex: number, text: string): void {
  requirePhase(job, ['receiving'], 'receive more of the file');
  const file = job.files[fileIndex];
  if (!file) throw new ApiError('invalid_request', 'That file is not part of this import.');
  // A character takes at least one byte, so more characters than the announced size means
  // the page sent something else than it said; refuse rather than grow without bound.
  if (file.chars + text.length > file.size) {
    throw new ApiError('invalid_request', `More of "${file.name}" arrived than its size (${formatBytes(file.size)}). Choose the file again.`);
  }
  file.chunks.push(text);
  file.chars += text.length;
}

/** The whole text of each file, handed over once: the job keeps none of it afterwards. */
export function takeFiles(job: Job): { name: string; text: string }[] {
  const files = job.files.map((file) => ({ name: file.name, text: file.chunks.join('') }));
  for (const file of job.files) file.chunks = [];
  return files;
}

export function startStep(job: Job, phases: readonly ImportPhase[], doing: string, next: 'analyzing' | 'writing', stage: string): void {
  requirePhase(job, phases, doing);
  job.phase = next;
  job.progress = { share: 0, stage };
}

/** Reports a running step's progress, gives the event loop a turn, and stops on Cancel. */
export async function stepProgress(job: Job, share: number, stage: string): Promise<void> {
  job.progress = { share: Math.min(1, share), stage };
  await nextTurn();
  if (job.cancelRequested) throw new ImportCancelled();
}

export function analysed(job: Job, result: AnalyzeResult): void {
  if (job.cancelRequested) throw new ImportCancelled();
  job.progress = null;
  if (result.ok) {
    job.plan = result.plan;
    job.preview = previewOfPlan(result.plan);
    job.notes = [...job.notes, ...result.plan.notes];
    job.phase = 'ready';
  } else {
    job.problems = result.problems;
    job.problemCount = result.problemCount;
    job.notes = [...job.notes, ...result.notes];
    job.phase = 'invalid';
  }
}

export function written(job: Job, network: { id: string; name: string }): void {
  job.result = { networkId: network.id, networkName: network.name };
  job.phase = 'done';
  job.progress = null;
  release(job);
}

export function failed(job: Job, error: unknown, lead: string): void {
  // A cancel thrown inside a database transaction comes back wrapped, so the flag decides.
  if (job.cancelRequested || error instanceof ImportCancelled) {
    job.phase = 'cancelled';
    job.message = CANCELLED_MESSAGE;
  } else {
    job.phase = 'failed';
    job.message = `${lead}: ${toApiError(error).message}`;
  }
  job.progress = null;
  release(job);
}

/** A running step notices at its next batch and rolls back what it wrote; a waiting job ends now. */
export function cancel(job: Job): void {
  if (RUNNING.includes(job.phase)) {
    job.cancelRequested = true;
  } else if (!OVER.includes(job.phase)) {
    job.phase = 'cancelled';
    job.message = CANCELLED_MESSAGE;
    release(job);
  }
}
