// The whole check of an import, before anything is written: read the files, then plan the
// merge. Both stages run even when the first finds problems (on the rows that could be read),
// so the person gets every problem in one list, in file and line order, and fixes them in one
// pass instead of one per attempt.
import type { NetworkGraph } from '../domain';
import { readImportFiles } from './dataConverters';
import type { ImportFile, ParseOptions } from './importModel';
import { MAX_REPORTED_PROBLEMS } from './limits';
import { nameKey } from './merge/planParties';
import { planImport } from './merge/planImport';
import type { ImportPlan } from './merge/planTypes';
import type { ExistingHistory } from './merge/planTypes';
import type { ImportProblem } from './problems';
import type { DataFormatId } from './registry';

export interface AnalyzeInput {
  format: DataFormatId;
  files: readonly ImportFile[];
  existing: NetworkGraph | null;
  existingScenarios?: readonly { id: string; name: string }[];
  existingHistory?: ExistingHistory;
  existingViews?: readonly { id: string; name: string }[];
  existingPresentations?: readonly { id: string; name: string }[];
  newId: () => string;
  fallbackName: string;
  parseOptions?: ParseOptions;
  /** Progress of the planning stage, 0–1. */
  planTick?: (share: number) => Promise<void>;
}

export type AnalyzeResult =
  | { ok: true; plan: ImportPlan }
  | { ok: false; problems: ImportProblem[]; problemCount: number; notes: string[] };

function inFileOrder(files: readonly ImportFile[], problems: ImportProblem[]): ImportProblem[] {
  const order = new Map(files.map((file, index) => [file.name, index]));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => {
      const file = (order.get(a.problem.file) ?? -1) - (order.get(b.problem.file) ?? -1);
      if (file !== 0) return file;
      const line = (a.problem.line ?? Number.MAX_SAFE_INTEGER) - (b.problem.line ?? Number.MAX_SAFE_INTEGER);
      return line !== 0 ? line : a.index - b.index;
    })
    .map(({ problem }) => problem);
}

export async function analyzeImport(input: AnalyzeInput): Promise<AnalyzeResult> {
  const parsed = await readImportFiles(input.format, input.files, input.parseOptions);
  const imported = parsed.ok ? parsed.imported : parsed.partial;
  if (!imported) return { ok: false, problems: parsed.ok ? [] : parsed.problems, problemCount: parsed.ok ? 0 : parsed.problemCount, notes: parsed.ok ? [] : parsed.notes };
  const brokenRefs = new Set<string>();
  if (!parsed.ok) for (const ref of parsed.brokenRefs ?? []) brokenRefs.add(ref).add(nameKey(ref));
  const planned = await planImport({
    existing: input.existing,
    ...(input.existingScenarios ? { existingScenarios: input.existingScenarios } : {}),
    ...(input.existingHistory ? { existingHistory: input.existingHistory } : {}),
    ...(input.existingViews ? { existingViews: input.existingViews } : {}),
    ...(input.existingPresentations ? { existingPresentations: input.existingPresentations } : {}),
    imported,
    newId: input.newId,
    fallbackName: input.fallbackName,
    brokenRefs,
    ...(input.planTick ? { tick: input.planTick } : {}),
  });
  if (parsed.ok && planned.ok) return { ok: true, plan: planned.plan };
  const problems = [...(parsed.ok ? [] : parsed.problems), ...(planned.ok ? [] : planned.problems)];
  return {
    ok: false,
    problems: inFileOrder(input.files, problems).slice(0, MAX_REPORTED_PROBLEMS),
    problemCount: (parsed.ok ? 0 : parsed.problemCount) + (planned.ok ? 0 : planned.problemCount),
    notes: imported.notes,
  };
}
