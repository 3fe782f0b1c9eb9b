// Reading a survey round back (issue 12): the filled forms are checked first, like any import —
// every problem with its file, row and field, nothing written while there is one — and each
// answer becomes a dated trust assessment with its sub-scores. The summary says what changed
// since each pair's assessment before this round.
import type { NetworkGraph, TrustAssessment, TrustAssessmentFields } from '../domain';
import { meanTrustScore } from '../domain';
import { readScore } from '../formats/fieldValues';
import { createProblemCollector } from '../formats/problems';
import type { ImportProblem } from '../formats/problems';
import { isDay } from '../timeline/dates';
import { trustHistoryOf } from '../timeline/trustHistory';
import { FALLING_TREND_DROP } from '../timeline/trustTrend';
import type { TrustDirection } from '../timeline/trustTrend';
import { SURVEY_FORMAT, SURVEY_ITEMS } from './surveyForms';
import type { FilledForm } from './surveyForms';

export interface SurveyAnswer {
  respondentId: string;
  partnerId: string;
  /** The trust relationship it updates; null when the respondent had not rated this partner yet. */
  relationshipId: string | null;
  fields: TrustAssessmentFields;
  comments: string;
  /** The staff member who filled the form in, or the respondent's name. */
  owner: string;
}

export interface SurveyChange {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  /** The pair's level before this round; null for a first rating. */
  before: number | null;
  after: number;
  change: number | null;
  direction: TrustDirection;
}

export interface SurveySummary {
  forms: number;
  answered: number;
  /** Rows left empty: partners the respondent could not rate. */
  unanswered: number;
  firstRatings: number;
  rose: number;
  fell: number;
  steady: number;
  /** Falling first, then rising, then the rest. */
  changes: SurveyChange[];
}

export type SurveyCheck =
  | { ok: true; answers: SurveyAnswer[]; summary: SurveySummary }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

export function checkSurveyRound(forms: readonly FilledForm[], graph: NetworkGraph, earlier: readonly TrustAssessment[]): SurveyCheck {
  const problems = createProblemCollector();
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const fromFile = new Map<string, string>();
  const answers: SurveyAnswer[] = [];
  let unanswered = 0;
  for (const form of forms) {
    const fileProblem = (message: string) => problems.add({ file: form.file, line: null, element: null, field: null, message });
    if (form.format !== SURVEY_FORMAT) {
      fileProblem('this is not a Careweave trust survey form; read back the forms the app wrote for this round (their sheet "About this form" says which network and partner they are for)');
      continue;
    }
    if (form.networkId !== graph.network.id) {
      fileProblem(`this form was written for another network, not "${graph.network.name}"; read it back into the network it came from`);
      continue;
    }
    const respondent = form.respondentId ?? '';
    if (!names.has(respondent)) {
      fileProblem(`the partner this form was written for ("${respondent}") is no longer in the network`);
      continue;
    }
    if (fromFile.has(respondent)) {
      fileProblem(`this is a second form from ${names.get(respondent)} (the first is "${fromFile.get(respondent)}"); choose one form per partner`);
      continue;
    }
    fromFile.set(respondent, form.file);
    if (form.roundDate === null || !isDay(form.roundDate)) {
      fileProblem('the round\'s date on this form is missing or damaged; write the forms again from the app');
      continue;
    }
    const seen = new Set<string>();
    for (const row of form.rows) {
      const at = { file: form.file, line: null, element: row.where };
      const problem = (message: string, field: string) => problems.add({ ...at, field, message });
      const empty = SURVEY_ITEMS.every((item) => row.scores[item.key].trim() === '');
      if (empty) {
        unanswered += 1;
        continue;
      }
      if (!names.has(row.partnerId)) {
        problem(`partner ${row.partnerName ? `"${row.partnerName}" ` : ''}(id "${row.partnerId}") is not in the network; do not add or change partner ids on the form`, 'partner');
        continue;
      }
      if (row.partnerId === respondent) {
        problem('a partner cannot rate itself', 'partner');
        continue;
      }
      if (seen.has(row.partnerId)) {
        problem(`${names.get(row.partnerId)} is rated twice on this form; keep one row`, 'partner');
        continue;
      }
      seen.add(row.partnerId);
      const scores: Record<string, number | null> = {};
      let bad = false;
      for (const item of SURVEY_ITEMS) {
        const text = row.scores[item.key].trim();
        if (text === '') {
          scores[item.key] = null;
          continue;
        }
        const read = readScore(text, item.label);
        if (read.ok) scores[item.key] = read.value;
        else {
          bad = true;
          problem(read.message, item.label);
        }
      }
      if (bad) continue;
      const reliability = scores.reliability ?? null;
      const missionSupport = scores.missionSupport ?? null;
      const openness = scores.openness ?? null;
      const level = meanTrustScore({ reliability, missionSupport, openness }) ?? 3;
      const respondentName = names.get(respondent) ?? respondent;
      const owner = form.filledBy.trim();
      const relationship = graph.relationships.find((candidate) => candidate.kind === 'TRUSTS' && candidate.source === respondent && candidate.target === row.partnerId);
      answers.push({
        respondentId: respondent,
        partnerId: row.partnerId,
        relationshipId: relationship?.id ?? null,
        fields: { level, reliability, missionSupport, openness, assessedOn: form.roundDate, assessedBy: owner ? `${owner} (${respondentName})` : respondentName },
        comments: row.comments.trim(),
        owner: owner || respondentName,
      });
    }
  }
  if (problems.count > 0) return { ok: false, problems: [...problems.list], problemCount: problems.count };
  return { ok: true, answers, summary: summarise(forms.length, answers, unanswered, graph, earlier) };
}

function summarise(forms: number, answers: readonly SurveyAnswer[], unanswered: number, graph: NetworkGraph, earlier: readonly TrustAssessment[]): SurveySummary {
  const names = new Map(graph.parties.map((party) => [party.id, party.name]));
  const changes = answers.map((answer): SurveyChange => {
    const relationship = graph.relationships.find((candidate) => candidate.id === answer.relationshipId);
    // The pair's latest assessment before this round's day is "the last round".
    const history = relationship?.kind === 'TRUSTS' ? trustHistoryOf(relationship, earlier.filter((a) => a.relationshipId === relationship.id)) : [];
    const before = [...history].reverse().find((point) => point.assessedOn === null || point.assessedOn < answer.fields.assessedOn) ?? null;
    const change = before ? Math.round((answer.fields.level - before.level) * 100) / 100 : null;
    const direction: TrustDirection = change === null ? 'first' : change <= -FALLING_TREND_DROP ? 'falling' : change >= FALLING_TREND_DROP ? 'rising' : 'steady';
    return { from: answer.respondentId, to: answer.partnerId, fromName: names.get(answer.respondentId) ?? '', toName: names.get(answer.partnerId) ?? '', before: before?.level ?? null, after: answer.fields.level, change, direction };
  });
  const rank: Record<TrustDirection, number> = { falling: 0, rising: 1, first: 2, steady: 3 };
  changes.sort((a, b) => rank[a.direction] - rank[b.direction] || (a.change ?? 0) - (b.change ?? 0) || a.fromName.localeCompare(b.fromName));
  const count = (direction: TrustDirection) => changes.filter((change) => change.direction === direction).length;
  return { forms, answered: answers.length, unanswered, firstRatings: count('first'), rose: count('rising'), fell: count('falling'), steady: count('steady'), changes };
}
