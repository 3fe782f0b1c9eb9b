// Import jobs held in main between calls: the file text as it arrives, then the plan, then the
// result. The page follows a job by polling its id (getImportJob), which works the same over
// IPC and HTTP. Jobs are few and short-lived: abandoned ones are dropped within a minute,
// finished ones after a while, and the text and plan are released as soon as they are no longer
// needed.
import { randomUUID } from 'node:crypto';
import { ApiError, IMPORT_KEEP_ALIVE_MS } from '../../shared/api';
import type { RelationshipKind } from '../../shared/domain';
import type { DataFormatId, ImportJob, ImportPhase, ImportPlan, ImportPreview, ImportProblem } from '../../shared/formats';

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
// The page asks about a job it shows at least every IMPORT_KEEP_ALIVE_MS while it waits for the
// person, and every few hundred milliseconds otherwise; a job nobody asked about for four of
// those periods belongs to a closed tab.
const ABANDONED_MS = 4 * IMPORT_KEEP_ALIVE_MS;
// When every place is taken, a new import displaces the longest-idle job that is not running,
// if it has been idle this long: a file still being sent touches its job several times a second.
const DISPLACEABLE_MS = 15_000;
const ACTIVE: readonly ImportPhase[] = ['receiving', 'received', 'analyzing', 'ready', 'writing'];
// Checking and writing run in main on their own and end by themselves: never given up.
const RUNNING: readonly ImportPhase[] = ['analyzing', 'writing'];

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
    create(init: Pick<Job, 'format' | 'files' | 'targetNetworkId' | 'defaultKind' | 'phase'> & { notes?: string[] }): Job {
      sweep();
      makeRoom();
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
