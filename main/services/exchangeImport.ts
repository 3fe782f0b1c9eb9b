// Import, step by step: the files arrive (picked through main's open dialog in the desktop app,
// or sent in pieces by the page in browser mode), the whole of them is checked and the merge
// planned without writing anything, the person sees the preview or the problem list, and only
// "Import" writes — staged for a new network, one transaction for a merge. Long steps run in
// the background with progress the page polls, yield to the event loop, and stop on Cancel.
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../shared/api';
import type { RelationshipKind } from '../../shared/domain';
import { analyzeImport, DATA_FORMATS, detectDataFormat, formatBytes, IMPORTABLE_EXTENSIONS, previewOfPlan } from '../../shared/formats';
import type { DataFormatId, ImportJob } from '../../shared/formats';
import { toApiError } from '../database/neo4jErrors';
import { writeNewNetworkStaged, sweepStaleStages } from '../repository/importsStaged';
import type { WriteProgress } from '../repository/importsStaged';
import { writeMerge } from '../repository/importsMerge';
import { getNetworkGraph } from '../repository/networks';
import { listScenarios } from '../repository/scenarios';
import type { ServiceContext } from './context';
import { readChosenFiles } from './exchangeFiles';
import type { FileDialogs } from './exchangeFiles';
import { STALE_STAGE_MS } from './interruptedImports';
import { createJobStore, ImportCancelled, requirePhase, viewOf } from './exchangeJobs';
import type { Job, JobFile, JobStore } from './exchangeJobs';

const fmt = (value: number) => value.toLocaleString('en-US');

interface FileInfo {
  name: string;
  size: number;
  encoding: 'utf-8' | 'windows-1252';
}

function formatOf(files: readonly FileInfo[]): DataFormatId {
  const format = detectDataFormat(files.map((file) => file.name));
  if (!format) {
    throw new ApiError(
      'invalid_request',
      `Careweave imports Careweave files (.json), spreadsheets saved as CSV (.csv) and GraphML (.graphml), one kind at a time. ${files.map((file) => `"${file.name}"`).join(', ')} ${files.length === 1 ? 'is' : 'are'} not one of these. From Excel, use File › Save As › CSV.`,
    );
  }
  const descriptor = DATA_FORMATS[format];
  if (files.length > descriptor.maxFiles) {
    throw new ApiError('invalid_request', `Choose at most ${descriptor.maxFiles} ${descriptor.label} file${descriptor.maxFiles === 1 ? '' : 's'} at a time.`);
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > descriptor.maxImportBytes) {
    throw new ApiError(
      'invalid_request',
      `${files.length === 1 ? `"${files[0]?.name}" is` : 'These files are'} ${formatBytes(total)}; Careweave imports ${descriptor.label} files of up to ${formatBytes(descriptor.maxImportBytes)}. Split the file and import the parts one after the other.`,
    );
  }
  return format;
}

function encodingNotes(files: readonly FileInfo[]): string[] {
  return files
    .filter((file) => file.encoding === 'windows-1252')
    .map((file) => `${file.name} was not saved as UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it again as "CSV UTF-8".`);
}

// "Harlan - parties.csv" names a network "Harlan"; a bare "parties.csv" names nothing.
function fallbackName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[\s_-]*(parties|relationships|allowed-values)$/i, '').trim();
  return base || 'Imported network';
}

export function createImportService(ctx: ServiceContext, dialogs: FileDialogs | null, jobs: JobStore = createJobStore()) {
  const tickFor = (job: Job, base: number, span: number, stage: string) => async (share: number) => {
    job.progress = { share: Math.min(1, base + span * share), stage };
    await nextTurn();
    if (job.cancelRequested) throw new ImportCancelled();
  };

  async function runAnalysis(job: Job): Promise<void> {
    try {
      job.progress = { share: 0, stage: 'Reading the file…' };
      const files = job.files.map((file) => ({ name: file.name, text: file.chunks.join('') }));
      for (const file of job.files) file.chunks = [];
      const existing = job.targetNetworkId ? await getNetworkGraph(ctx.db.store(), job.targetNetworkId) : null;
      const existingScenarios = job.targetNetworkId ? await listScenarios(ctx.db.store(), job.targetNetworkId) : [];
      const result = await analyzeImport({
        format: job.format,
        files,
        existing,
        existingScenarios,
        newId: ctx.newId,
        fallbackName: fallbackName(files[0]?.name ?? ''),
        parseOptions: { tick: tickFor(job, 0, 0.7, 'Checking every row…'), defaultKind: job.defaultKind },
        planTick: tickFor(job, 0.7, 0.3, existing ? `Comparing with “${existing.network.name}”…` : 'Checking how the rows fit together…'),
      });
      if (job.cancelRequested) throw new ImportCancelled();
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
    } catch (error) {
      finishWithError(job, error, 'The file could not be checked');
    } finally {
      job.progress = null;
    }
  }

  async function runCommit(job: Job, networkName: string | undefined): Promise<void> {
    const plan = job.plan;
    if (!plan) return;
    const partyTotal = plan.parties.added.length + plan.parties.changed.length;
    const progress: WriteProgress = async (done, total, what) => {
      const overall = plan.target.kind === 'new' && what === 'relationships' ? partyTotal + done : done;
      const all = partyTotal + plan.relationships.added.length + plan.relationships.changed.length || 1;
      job.progress = { share: Math.min(1, overall / all), stage: `Saving ${what}… ${fmt(Math.min(done, total))} of ${fmt(total)}` };
      await nextTurn();
      if (job.cancelRequested) throw new ImportCancelled();
    };
    try {
      job.progress = { share: 0, stage: 'Saving…' };
      const store = ctx.db.store();
      await sweepStaleStages(store, new Date(Date.now() - STALE_STAGE_MS).toISOString()).catch(() => 0);
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
              },
              ctx.now(),
              progress,
            );
      job.result = { networkId: network.id, networkName: network.name };
      job.phase = 'done';
    } catch (error) {
      finishWithError(job, error, 'Nothing was imported');
    } finally {
      job.progress = null;
      jobs.release(job);
    }
  }

  function finishWithError(job: Job, error: unknown, lead: string): void {
    // A cancel thrown inside a database transaction comes back wrapped, so the flag decides.
    if (job.cancelRequested || error instanceof ImportCancelled) {
      job.phase = 'cancelled';
      job.message = 'The import was cancelled. Nothing was changed.';
    } else {
      job.phase = 'failed';
      job.message = `${lead}: ${toApiError(error).message}`;
    }
    jobs.release(job);
  }

  function newJob(files: JobFile[], targetNetworkId: string | null, defaultKind: RelationshipKind, phase: 'receiving' | 'received'): Job {
    const format = formatOf(files);
    return jobs.create({ format, files, targetNetworkId, defaultKind, phase, notes: encodingNotes(files) });
  }

  return {
    begin(request: { targetNetworkId: string | null; defaultKind: RelationshipKind; files: FileInfo[] }): ImportJob {
      const files = request.files.map((file) => ({ ...file, chunks: [], chars: 0 }));
      return viewOf(newJob(files, request.targetNetworkId, request.defaultKind, 'receiving'));
    },

    append(request: { jobId: string; fileIndex: number; text: string }): ImportJob {
      const job = jobs.get(request.jobId);
      requirePhase(job, ['receiving'], 'receive more of the file');
      const file = job.files[request.fileIndex];
      if (!file) throw new ApiError('invalid_request', 'That file is not part of this import.');
      // A character takes at least one byte, so more characters than the announced size means
      // the page sent something else than it said; refuse rather than grow without bound.
      if (file.chars + request.text.length > file.size) {
        throw new ApiError('invalid_request', `More of "${file.name}" arrived than its size (${formatBytes(file.size)}). Choose the file again.`);
      }
      file.chunks.push(request.text);
      file.chars += request.text.length;
      return viewOf(job);
    },

    async openFiles(request: { targetNetworkId: string | null; defaultKind: RelationshipKind }): Promise<ImportJob | null> {
      if (!dialogs) throw new ApiError('invalid_request', 'Choosing files through a dialog is only possible in the desktop app.');
      const paths = await dialogs.chooseOpenPaths({
        title: 'Choose the file to import',
        filters: [{ name: 'Careweave (.json), spreadsheet (.csv) or GraphML files', extensions: [...IMPORTABLE_EXTENSIONS] }],
      });
      if (!paths || paths.length === 0) return null;
      const format = formatOf(paths.map((path) => ({ name: basename(path), size: 0, encoding: 'utf-8' as const })));
      const read = await readChosenFiles(paths, DATA_FORMATS[format].maxImportBytes, DATA_FORMATS[format].label);
      const files = read.map((file) => ({ name: file.name, size: file.size, encoding: file.encoding, chunks: [file.text], chars: file.text.length }));
      return viewOf(newJob(files, request.targetNetworkId, request.defaultKind, 'received'));
    },

    analyze(jobId: string): ImportJob {
      const job = jobs.get(jobId);
      requirePhase(job, ['receiving', 'received'], 'be checked');
      job.phase = 'analyzing';
      void runAnalysis(job);
      return viewOf(job);
    },

    get(jobId: string): ImportJob {
      return viewOf(jobs.get(jobId));
    },

    commit(jobId: string, networkName?: string): ImportJob {
      const job = jobs.get(jobId);
      requirePhase(job, ['ready'], 'be saved');
      job.phase = 'writing';
      void runCommit(job, networkName);
      return viewOf(job);
    },

    cancel(jobId: string): ImportJob {
      const job = jobs.get(jobId);
      if (job.phase === 'analyzing' || job.phase === 'writing') {
        // The running step notices at its next batch and rolls back what it wrote.
        job.cancelRequested = true;
      } else if (!['done', 'failed', 'cancelled'].includes(job.phase)) {
        job.phase = 'cancelled';
        job.message = 'The import was cancelled. Nothing was changed.';
        jobs.release(job);
      }
      return viewOf(job);
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
