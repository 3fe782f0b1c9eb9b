// Import, step by step: the files arrive (picked through main's open dialog in the desktop app,
// or sent in pieces by the page in browser mode), the whole of them is checked and the merge
// planned without writing anything, the person sees the preview or the problem list, and only
// "Import" writes — staged for a new network, one transaction for a merge. Long steps run in
// the background with progress the page polls, and stop on Cancel. This service only puts the
// steps in order: the checks are shared/formats' (importCheck.ts, analyzeImport.ts), the job's
// states are exchangeJobs.ts', the writing is the repository's.
import { basename } from 'node:path';
import { ApiError } from '../../shared/api';
import type { ImportFileInfo, ImportJob } from '../../shared/api';
import type { RelationshipKind } from '../../shared/domain';
import { analyzeImport, checkImportFiles, DATA_FORMATS, encodingNotes, IMPORTABLE_EXTENSIONS, networkNameFromFile } from '../../shared/formats';
import type { ChosenFile, DataFormatId, DateOrder, ImportPlan } from '../../shared/formats';
import { sweepStaleStages, writeNewNetworkStaged } from '../repository/importsStaged';
import type { WriteProgress } from '../repository/importsStaged';
import { writeMerge } from '../repository/importsMerge';
import { getNetworkGraph } from '../repository/networks';
import { listRecords } from '../repository/namedRecords';
import { VIEW_RECORDS } from '../repository/savedViews';
import { PRESENTATION_RECORDS } from '../repository/presentations';
import { listScenarios } from '../repository/scenarios';
import { listCareLog } from '../repository/careLog';
import { listTrustAssessments } from '../repository/trustHistory';
import type { ServiceContext } from './context';
import { readChosenFiles } from './exchangeFiles';
import type { FileDialogs } from './exchangeFiles';
import { STALE_STAGE_MS } from './interruptedImports';
import * as jobState from './exchangeJobs';
import type { Job, JobFile } from './exchangeJobs';

const fmt = (value: number) => value.toLocaleString('en-US');

/** What the person chose before picking the files (see importOptions in shared/api). */
interface ImportOptions {
  targetNetworkId: string | null;
  defaultKind: RelationshipKind;
  /** Absent or null: the spreadsheet's own dates decide. */
  dateOrder?: DateOrder | null;
}

function importableFormat(files: readonly ChosenFile[]): DataFormatId {
  const check = checkImportFiles(files);
  if (!check.ok) throw new ApiError('invalid_request', check.message);
  return check.format;
}

function writeProgress(job: Job, plan: ImportPlan): WriteProgress {
  const partyTotal = plan.parties.added.length + plan.parties.changed.length;
  const all = partyTotal + plan.relationships.added.length + plan.relationships.changed.length || 1;
  return (done, total, what) => {
    // A new network reports parties and relationships as two counts; a merge counts on.
    const overall = plan.target.kind === 'new' && what === 'relationships' ? partyTotal + done : done;
    return jobState.stepProgress(job, overall / all, `Saving ${what}… ${fmt(Math.min(done, total))} of ${fmt(total)}`);
  };
}

export function createImportService(ctx: ServiceContext, dialogs: FileDialogs | null) {
  const clock = () => Date.parse(ctx.now());
  const jobs = jobState.createJobStore({ clock, newId: ctx.newId });

  async function historyIds(networkId: string) {
    const store = ctx.db.store();
    return {
      careLogIds: (await listCareLog(store, networkId)).map((entry) => entry.id),
      assessmentIds: (await listTrustAssessments(store, networkId)).map((assessment) => assessment.id),
    };
  }

  async function runAnalysis(job: Job): Promise<void> {
    try {
      const files = jobState.takeFiles(job);
      const existing = job.targetNetworkId ? await getNetworkGraph(ctx.db.store(), job.targetNetworkId, ctx.now()) : null;
      const existingScenarios = job.targetNetworkId ? await listScenarios(ctx.db.store(), job.targetNetworkId) : [];
      const existingHistory = job.targetNetworkId ? await historyIds(job.targetNetworkId) : undefined;
      const existingViews = job.targetNetworkId ? await listRecords(ctx.db.store(), VIEW_RECORDS, job.targetNetworkId) : [];
      const existingPresentations = job.targetNetworkId ? await listRecords(ctx.db.store(), PRESENTATION_RECORDS, job.targetNetworkId) : [];
      const planning = existing ? `Comparing with “${existing.network.name}”…` : 'Checking how the rows fit together…';
      const result = await analyzeImport({
        format: job.format,
        files,
        existing,
        existingScenarios,
        ...(existingHistory ? { existingHistory } : {}),
        existingViews,
        existingPresentations,
        newId: ctx.newId,
        fallbackName: networkNameFromFile(files[0]?.name ?? ''),
        parseOptions: {
          tick: (share) => jobState.stepProgress(job, 0.7 * share, 'Checking every row…'),
          defaultKind: job.defaultKind,
          ...(job.dateOrder ? { dateOrder: job.dateOrder } : {}),
        },
        planTick: (share) => jobState.stepProgress(job, 0.7 + 0.3 * share, planning),
      });
      jobState.analysed(job, result);
    } catch (error) {
      jobState.failed(job, error, 'The file could not be checked');
    }
  }

  async function runCommit(job: Job, plan: ImportPlan, networkName: string | undefined): Promise<void> {
    const progress = writeProgress(job, plan);
    try {
      const store = ctx.db.store();
      await sweepStaleStages(store, new Date(clock() - STALE_STAGE_MS).toISOString()).catch(() => 0);
      const network =
        plan.target.kind === 'new'
          ? await writeNewNetworkStaged(
              store,
              ctx.newId(),
              {
                name: networkName ?? plan.target.name,
                description: plan.target.description,
                parties: plan.parties.added,
                relationships: plan.relationships.added,
                scenarios: plan.scenarios,
                careLog: plan.careLog,
                trustHistory: plan.trustHistory,
                views: plan.views,
                presentations: plan.presentations,
              },
              ctx.now(),
              progress,
            )
          : await writeMerge(
              store,
              plan.target.networkId,
              {
                addedParties: plan.parties.added,
                changedParties: plan.parties.changed,
                addedRelationships: plan.relationships.added,
                changedRelationships: plan.relationships.changed,
                addedScenarios: plan.scenarios,
                careLog: plan.careLog,
                trustHistory: plan.trustHistory,
                addedViews: plan.views,
                addedPresentations: plan.presentations,
              },
              ctx.now(),
              progress,
            );
      jobState.written(job, network);
    } catch (error) {
      jobState.failed(job, error, 'Nothing was imported');
    }
  }

  function newJob(files: JobFile[], options: ImportOptions, phase: 'receiving' | 'received'): ImportJob {
    const format = importableFormat(files);
    const { targetNetworkId, defaultKind } = options;
    return jobState.viewOf(jobs.create({ format, files, targetNetworkId, defaultKind, dateOrder: options.dateOrder ?? null, phase, notes: encodingNotes(files) }));
  }

  return {
    begin(request: ImportOptions & { files: ImportFileInfo[] }): ImportJob {
      const files = request.files.map((file) => ({ ...file, chunks: [], chars: 0 }));
      return newJob(files, request, 'receiving');
    },

    append(request: { jobId: string; fileIndex: number; text: string }): ImportJob {
      const job = jobs.get(request.jobId);
      jobState.receiveChunk(job, request.fileIndex, request.text);
      return jobState.viewOf(job);
    },

    async openFiles(request: ImportOptions): Promise<ImportJob | null> {
      if (!dialogs) throw new ApiError('invalid_request', 'Choosing files through a dialog is only possible in the desktop app.');
      const paths = await dialogs.chooseOpenPaths({
        title: 'Choose the file to import',
        filters: [{ name: 'Careweave (.json), spreadsheet (.csv) or GraphML files', extensions: [...IMPORTABLE_EXTENSIONS] }],
      });
      if (!paths || paths.length === 0) return null;
      // The names decide the format and its size limit, which the reader checks before reading.
      const format = importableFormat(paths.map((path) => ({ name: basename(path), size: 0 })));
      const read = await readChosenFiles(paths, DATA_FORMATS[format].maxImportBytes, DATA_FORMATS[format].label);
      const files = read.map(({ text, ...file }) => ({ ...file, chunks: [text], chars: text.length }));
      return newJob(files, request, 'received');
    },

    analyze(jobId: string): ImportJob {
      const job = jobs.get(jobId);
      jobState.startStep(job, ['receiving', 'received'], 'be checked', 'analyzing', 'Reading the file…');
      void runAnalysis(job);
      return jobState.viewOf(job);
    },

    get(jobId: string): ImportJob {
      return jobState.viewOf(jobs.get(jobId));
    },

    commit(jobId: string, networkName?: string): ImportJob {
      const job = jobs.get(jobId);
      jobState.startStep(job, ['ready'], 'be saved', 'writing', 'Saving…');
      if (job.plan) void runCommit(job, job.plan, networkName);
      return jobState.viewOf(job);
    },

    cancel(jobId: string): ImportJob {
      const job = jobs.get(jobId);
      jobState.cancel(job);
      return jobState.viewOf(job);
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
