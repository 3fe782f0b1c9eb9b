// Named records in an import (saved views and presentations, issue 15): ids and names must be unique in the file,
// and merging never overwrites what the network has — a record with a known id is left alone,
// one whose name is taken gets "(imported)".
import { describeElement, quoteValue } from '../problems';
import type { ProblemCollector } from '../problems';
import { nameKey } from './planParties';
import { slideReferenceProblems } from '../../domain';
import type { Slide } from '../../domain';

export interface NamedRecordPlan<T> {
  added: T[];
  kept: number;
  renamed: number;
}

export function planNamedRecords<T extends { id: string; name: string }>(
  records: readonly T[],
  existing: readonly { id: string; name: string }[],
  what: string,
  file: string,
  problems: ProblemCollector,
): NamedRecordPlan<T> {
  const plan: NamedRecordPlan<T> = { added: [], kept: 0, renamed: 0 };
  const existingIds = new Set(existing.map((record) => record.id));
  const takenNames = new Set(existing.map((record) => nameKey(record.name)));
  const fileIds = new Set<string>();
  const fileNames = new Set<string>();
  records.forEach((record, index) => {
    const problem = (message: string, field: string) => problems.add({ file, line: null, element: describeElement(what, index, record.name), field, message });
    if (fileIds.has(record.id)) return problem(`id ${quoteValue(record.id)} is used by two ${what}s in this file`, 'id');
    fileIds.add(record.id);
    if (fileNames.has(nameKey(record.name))) return problem(`two ${what}s in this file are called ${quoteValue(record.name)}; their names must differ`, 'name');
    fileNames.add(nameKey(record.name));
    if (existingIds.has(record.id)) {
      plan.kept += 1;
      return;
    }
    const clash = takenNames.has(nameKey(record.name));
    if (clash) plan.renamed += 1;
    plan.added.push(clash ? { ...record, name: `${record.name} (imported)`.slice(0, 200) } : record);
  });
  return plan;
}

type References = { id: string }[] | readonly { id: string }[] | undefined;

/**
 * Each presentation's slides must show views and play scenarios that the file or the network
 * has; a slide pointing elsewhere stops the import with the slide named.
 */
export function planPresentationReferences(
  imported: { presentations?: readonly { name: string; slides: readonly Slide[] }[]; views?: References; scenarios?: References },
  network: { existingViews?: References; existingScenarios?: References },
  file: string,
  problems: ProblemCollector,
): void {
  const ids = (...lists: References[]) => new Set(lists.flatMap((list) => (list ?? []).map((record) => record.id)));
  const views = ids(imported.views, network.existingViews);
  const scenarios = ids(imported.scenarios, network.existingScenarios);
  (imported.presentations ?? []).forEach((presentation, index) => {
    for (const message of slideReferenceProblems(presentation.slides, views, scenarios, 'the file or the network')) {
      problems.add({ file, line: null, element: describeElement('presentation', index, presentation.name), field: 'slides', message });
    }
  });
}
