// Import jobs held in main between calls: the file text as it arrives, then the plan, then the
// result. The page follows a job by polling its id (getImportJob), which works the same over
// IPC and HTTP. Jobs are few and short-lived: finished ones are dropped after a while, and the
// text and plan are released as soon as they are no longer needed.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api';
import type { RelationshipKind } from '../../shared/domain';
import type { ImportJob, ImportPhase } from '../../shared/api';
import type { DataFormatId, ImportPlan, ImportPreview, ImportProblem } from '../../shared/formats';

export interface JobFile {
  name: string;
  size: number;
  encoding: 'utf-8' | 'windows-1252';
  chunks: string[];
  chars: number;
}

export interface Job {
  id: string;
  phase: ImportPhase;
  format: DataFormatId;
  files: JobFile[];
  targetNetworkId: string | null;
  defaultKind: RelationshipKind;
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
const ACTIVE: readonly ImportPhase[] = ['receiving', 'received', 'analyzing', 'ready', 'writing'];

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

export function createJobStore(clock: () => number = Date.now) {
  const jobs = new Map<string, Job>();

  function sweep(): void {
    const now = clock();
    for (const [id, job] of jobs) {
      // An active job the page stopped asking about for this long was abandoned (tab closed).
      const idle = now - job.touchedAt > KEEP_FINISHED_MS;
      if (idle && job.phase !== 'analyzing' && job.phase !== 'writing') jobs.delete(id);
    }
  }

  return {
    create(init: Pick<Job, 'format' | 'files' | 'targetNetworkId' | 'defaultKind' | 'phase'> & { notes?: string[] }): Job {
      sweep();
      if ([...jobs.values()].filter((job) => ACTIVE.includes(job.phase)).length >= MAX_JOBS) {
        throw new ApiError('conflict', 'Other imports are still open. Finish or cancel them (or wait half an hour), then try again.');
      }
      const job: Job = {
        id: randomUUID(),
        progress: null,
        problems: [],
        problemCount: 0,
        notes: init.notes ?? [],
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

    /** Frees what a finished job no longer needs: the file text and the plan. */
    release(job: Job): void {
      for (const file of job.files) file.chunks = [];
      job.plan = null;
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
