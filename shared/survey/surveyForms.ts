// A trust survey round (issue 12; the PARTNER practice of repeated captures): which partners each
// asked partner rates, and the three items every form asks about each of them. The files
// themselves are written by main (an Excel workbook, surveyWorkbook.ts) or here (CSV, surveyCsv.ts).
import type { NetworkGraph } from '../domain';
import { sayDay } from '../timeline/dates';
import { safeFileName } from '../formats/registry';

export const SURVEY_FORMAT = 'careweave.trust-survey';
export const SURVEY_FORMAT_VERSION = 1;

export const SURVEY_ITEMS = [
  { key: 'reliability', label: 'reliability', question: 'Reliability: does this partner do what it says it will? (1–5)' },
  { key: 'missionSupport', label: 'mission support', question: 'Support of the shared mission (1–5)' },
  { key: 'openness', label: 'openness', question: 'Openness to discussion (1–5)' },
] as const;
export type SurveyItemKey = (typeof SURVEY_ITEMS)[number]['key'];

export const SCALE_WORDS = '1 = very low, 2 = low, 3 = middling, 4 = high, 5 = very high';

export interface SurveyForm {
  networkId: string;
  networkName: string;
  respondent: { id: string; name: string };
  roundDate: string;
  partners: { id: string; name: string }[];
}

export const formInstructions = (form: Pick<SurveyForm, 'roundDate'>) =>
  `Rate each partner on the three questions, ${SCALE_WORDS}, by choosing from the list in each cell. Leave a row empty for a partner you cannot rate, and add any comment. Then save the file as it is and send it back. Round of ${sayDay(form.roundDate)}.`;

/**
 * The partners a party rates: the other organisations it works with on the map, by any
 * relationship in either direction. Patients, clients and families are not rated as partners.
 */
export function partnersOf(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, respondentId: string): { id: string; name: string }[] {
  const linked = new Set<string>();
  for (const relationship of graph.relationships) {
    if (relationship.source === respondentId) linked.add(relationship.target);
    if (relationship.target === respondentId) linked.add(relationship.source);
  }
  return graph.parties
    .filter((party) => party.id !== respondentId && party.side === 'internal' && linked.has(party.id))
    .map((party) => ({ id: party.id, name: party.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type FormsResult = { ok: true; forms: SurveyForm[] } | { ok: false; message: string };

/** One form per asked partner; refused, with the reason, for one that has nobody to rate. */
export function surveyForms(graph: NetworkGraph, respondentIds: readonly string[], roundDate: string): FormsResult {
  const forms: SurveyForm[] = [];
  for (const id of new Set(respondentIds)) {
    const respondent = graph.parties.find((party) => party.id === id);
    if (!respondent) return { ok: false, message: `Party "${id}" is not in this network any more; reload the map and choose again.` };
    if (respondent.side === 'external') return { ok: false, message: `${respondent.name} is a patient, client or family group; a trust survey asks partner organisations.` };
    const partners = partnersOf(graph, id);
    if (partners.length === 0) return { ok: false, message: `${respondent.name} has no partner organisations on the map to rate. Add its relationships first, or leave it out of this round.` };
    forms.push({ networkId: graph.network.id, networkName: graph.network.name, respondent: { id, name: respondent.name }, roundDate, partners });
  }
  return { ok: true, forms };
}

/** "Trust survey 2026-06-30 - Harlan Rides.xlsx" */
export function surveyFileName(form: Pick<SurveyForm, 'respondent' | 'roundDate'>, extension: 'xlsx' | 'csv'): string {
  return safeFileName(`Trust survey ${form.roundDate} - ${form.respondent.name.slice(0, 80)}`, extension);
}

/** What a filled form says, whatever file it came in: read by surveyWorkbook.ts or surveyCsv.ts. */
export interface FilledForm {
  file: string;
  format: string | null;
  networkId: string | null;
  respondentId: string | null;
  roundDate: string | null;
  filledBy: string;
  rows: FilledRow[];
}

export interface FilledRow {
  /** Where the row is in its file, in words: "row 9" (a workbook) or "line 4" (CSV). */
  where: string;
  partnerId: string;
  partnerName: string;
  scores: Record<SurveyItemKey, string>;
  comments: string;
}
