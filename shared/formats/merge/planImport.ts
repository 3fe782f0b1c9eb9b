// Works out, before anything is written, exactly what an import will do: parties and
// relationships to add, to change (with the fields that change) and to leave alone. Any problem
// in the file, or in how it fits the network, stops the import here with the full list.
import { MAX_IMPORT_PARTIES, MAX_IMPORT_RELATIONSHIPS, MAX_MERGE_WRITES } from '../limits';
import { createProblemCollector } from '../problems';
import type { ImportPreview } from '../importReport';
import { planMemberships } from './planMemberships';
import { planNamedRecords, planPresentationReferences } from './planNamedRecords';
import type { NamedRecordPlan } from './planNamedRecords';
import { planParties } from './planParties';
import { planRelationships } from './planRelationships';
import { planScenarios } from './planScenarios';
import { planHistory } from './planHistory';
import type { HistoryPlan, PlannedRelationship } from './planHistory';
import type { ImportPlan, PlanInput, PlanResult } from './planTypes';
import { PREVIEW_SAMPLES } from './planTypes';

const fmt = (value: number) => value.toLocaleString('en-US');

export async function planImport(input: PlanInput): Promise<PlanResult> {
  const { existing, imported, newId } = input;
  const problems = createProblemCollector();
  const fileProblem = (message: string) => problems.add({ file: imported.format === 'csv' ? 'the files' : 'the file', line: null, element: null, field: null, message });

  if (imported.parties.length > MAX_IMPORT_PARTIES || imported.relationships.length > MAX_IMPORT_RELATIONSHIPS) {
    fileProblem(
      `the file has ${fmt(imported.parties.length)} parties and ${fmt(imported.relationships.length)} relationships; Careweave imports at most ${fmt(MAX_IMPORT_PARTIES)} parties and ${fmt(MAX_IMPORT_RELATIONSHIPS)} relationships at a time. Split the file.`,
    );
    return { ok: false, problems: problems.list.slice(), problemCount: problems.count };
  }
  await input.tick?.(0);
  const parties = planParties(existing?.parties ?? [], imported, newId, problems, PREVIEW_SAMPLES);
  await input.tick?.(0.4);
  const partiesSource = imported.format === 'csv' ? (existing ? 'parties.csv or the network' : 'parties.csv') : existing ? 'the file or the network' : 'the file';
  planMemberships(parties, existing?.parties ?? [], partiesSource, problems, input.brokenRefs);
  const relationships = planRelationships(existing?.relationships ?? [], imported.relationships, parties.lookups, newId, problems, {
    partiesSource,
    sampleLimit: PREVIEW_SAMPLES,
    ...(input.brokenRefs ? { brokenRefs: input.brokenRefs } : {}),
  });
  const agreementIds = new Set(
    [...(existing?.relationships ?? []), ...imported.relationships].flatMap((relationship) => (relationship.kind !== 'TRUSTS' && relationship.id !== null ? [relationship.id] : [])),
  );
  const scenarios = planScenarios(imported.scenarios ?? [], input.existingScenarios ?? [], parties.lookups, agreementIds, 'the file', problems);
  const planned = new Map<string, PlannedRelationship>();
  for (const relationship of [...(existing?.relationships ?? []), ...relationships.added, ...relationships.changed.map((change) => change.after)]) {
    planned.set(relationship.id, { kind: relationship.kind, source: relationship.source, target: relationship.target, assessedAt: relationship.kind === 'TRUSTS' ? relationship.assessedAt : null });
  }
  const history = planHistory(imported.careLog ?? [], imported.trustHistory ?? [], input.existingHistory ?? { careLogIds: [], assessmentIds: [] }, parties.lookups, planned, partiesSource, newId, problems);
  const views = planNamedRecords(imported.views ?? [], input.existingViews ?? [], 'view', 'the file', problems);
  const presentations = planNamedRecords(imported.presentations ?? [], input.existingPresentations ?? [], 'presentation', 'the file', problems);
  planPresentationReferences(imported, input, 'the file', problems);
  await input.tick?.(1);

  if (existing) {
    const writes = parties.added.length + parties.changed.length + relationships.added.length + relationships.changed.length;
    if (writes > MAX_MERGE_WRITES) {
      fileProblem(
        `this import would add or change ${fmt(writes)} parties and relationships in "${existing.network.name}", more than Careweave changes in one step (${fmt(MAX_MERGE_WRITES)}). Import it as a new network instead, or split the file.`,
      );
    }
  }
  if (problems.count > 0) return { ok: false, problems: problems.list.slice(), problemCount: problems.count };

  const notes = [...imported.notes];
  if (parties.filledSides > 0) {
    const one = parties.filledSides === 1;
    notes.push(`${fmt(parties.filledSides)} new part${one ? 'y' : 'ies'} had no side; ${one ? 'it was made an internal customer' : 'they were made internal customers'}. Change any that are patients, clients or families on the map.`);
  }
  if (parties.filledTypes > 0) notes.push(`${fmt(parties.filledTypes)} new part${parties.filledTypes === 1 ? 'y' : 'ies'} had no type; ${parties.filledTypes === 1 ? 'it was' : 'they were'} given the type "other" (choose a type for ${parties.filledTypes === 1 ? 'it' : 'each'} on the map).`);
  if (existing && imported.network.name && imported.network.name !== existing.network.name) {
    notes.push(`The file calls the network "${imported.network.name}"; the network keeps its name "${existing.network.name}".`);
  }
  if (scenarios.added.length > 0) notes.push(`${fmt(scenarios.added.length)} saved withdrawal scenario${scenarios.added.length === 1 ? '' : 's'} will be imported with the network.`);
  if (scenarios.kept > 0) notes.push(`${fmt(scenarios.kept)} saved scenario${scenarios.kept === 1 ? ' is' : 's are'} already in the network and ${scenarios.kept === 1 ? 'is' : 'are'} left as ${scenarios.kept === 1 ? 'it is' : 'they are'}.`);
  if (scenarios.renamed > 0) notes.push(`${fmt(scenarios.renamed)} imported scenario${scenarios.renamed === 1 ? ' has' : 's have'} the name of one already saved; “(imported)” was added to ${scenarios.renamed === 1 ? 'its name' : 'their names'}.`);
  notes.push(...historyNotes(history));
  notes.push(...namedRecordNotes(views, 'saved view'), ...namedRecordNotes(presentations, 'presentation'));
  const plan: ImportPlan = {
    target: existing
      ? { kind: 'existing', networkId: existing.network.id, name: existing.network.name }
      : { kind: 'new', name: imported.network.name?.trim() || input.fallbackName, description: imported.network.description ?? '' },
    parties: { added: parties.added, changed: parties.changed, unchanged: parties.unchanged, unchangedNames: parties.unchangedNames },
    relationships,
    scenarios: scenarios.added,
    careLog: history.careLog,
    trustHistory: history.trustHistory,
    views: views.added,
    presentations: presentations.added,
    notes,
  };
  return { ok: true, plan };
}

function historyNotes(history: HistoryPlan): string[] {
  const notes: string[] = [];
  const plural = (count: number, one: string, many: string) => `${fmt(count)} ${count === 1 ? one : many}`;
  if (history.careLog.length > 0) notes.push(`${plural(history.careLog.length, 'care log touchpoint', 'care log touchpoints')} will be imported.`);
  if (history.keptEntries > 0) notes.push(`${plural(history.keptEntries, 'care log touchpoint is', 'care log touchpoints are')} already in the network and left as they are.`);
  if (history.trustHistory.length > 0) notes.push(`${plural(history.trustHistory.length, 'earlier trust assessment', 'earlier trust assessments')} will be added to the trust history.`);
  if (history.keptAssessments > 0) notes.push(`${plural(history.keptAssessments, 'earlier trust assessment is', 'earlier trust assessments are')} already in the history and left as they are.`);
  if (history.sameDay > 0) notes.push(`${plural(history.sameDay, 'earlier trust assessment falls', 'earlier trust assessments fall')} on the day of the relationship's current assessment, which counts; left out.`);
  return notes;
}

function namedRecordNotes(plan: NamedRecordPlan<unknown>, what: string): string[] {
  const notes: string[] = [];
  const s = (count: number) => (count === 1 ? '' : 's');
  if (plan.added.length > 0) notes.push(`${fmt(plan.added.length)} ${what}${s(plan.added.length)} will be imported with the network.`);
  if (plan.kept > 0) notes.push(`${fmt(plan.kept)} ${what}${s(plan.kept)} ${plan.kept === 1 ? 'is' : 'are'} already in the network and left as ${plan.kept === 1 ? 'it is' : 'they are'}.`);
  if (plan.renamed > 0) notes.push(`${fmt(plan.renamed)} imported ${what}${s(plan.renamed)} had the name of one already saved; “(imported)” was added.`);
  return notes;
}

export function previewOfPlan(plan: ImportPlan): ImportPreview {
  const { parties, relationships } = plan;
  return {
    newNetwork: plan.target.kind === 'new',
    networkName: plan.target.name,
    parties: { added: parties.added.length, changed: parties.changed.length, unchanged: parties.unchanged },
    relationships: { added: relationships.added.length, changed: relationships.changed.length, unchanged: relationships.unchanged },
    samples: {
      addedParties: parties.added.slice(0, PREVIEW_SAMPLES).map((party) => party.name),
      changedParties: parties.changed.slice(0, PREVIEW_SAMPLES).map((change) => ({ label: change.after.name, fields: change.fields })),
      unchangedParties: parties.unchangedNames,
      addedRelationships: relationships.addedLabels,
      changedRelationships: relationships.changed.slice(0, PREVIEW_SAMPLES).map((change) => ({ label: change.label, fields: change.fields })),
      unchangedRelationships: relationships.unchangedLabels,
    },
  };
}
