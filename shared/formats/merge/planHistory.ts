// The care log and earlier trust assessments of an import (issue 12): each touchpoint must be
// about a party or relationship the network will have, each earlier assessment about one of its
// trust relationships. Merging never logs a touchpoint twice or replaces an assessment the
// network already keeps: those are left alone.
import { isAgreementKind } from '../../timeline/agreementTerms';
import type { CareLogSubject, RelationshipKind } from '../../domain';
import type { DocumentTrustAssessment } from '../documentHistory';
import type { ImportedCareLogEntry, ImportedTrustAssessment } from '../importModel';
import { quoteValue } from '../problems';
import type { ProblemCollector } from '../problems';
import type { PartyLookups } from './planParties';
import { resolveKnown } from './planRelationships';
import type { ExistingHistory, PlannedCareLogEntry } from './planTypes';

/** A relationship as it will be after the import: what the history needs to know of it. */
export interface PlannedRelationship {
  kind: RelationshipKind;
  source: string;
  target: string;
  assessedAt: string | null;
}

export interface HistoryPlan {
  careLog: PlannedCareLogEntry[];
  trustHistory: DocumentTrustAssessment[];
  /** Already in the network, left as they are. */
  keptEntries: number;
  keptAssessments: number;
  /** Earlier assessments on the day of the relationship's current one, which wins. */
  sameDay: number;
}

export function planHistory(
  careLog: readonly ImportedCareLogEntry[],
  trustHistory: readonly ImportedTrustAssessment[],
  existing: ExistingHistory,
  lookups: PartyLookups,
  relationships: ReadonlyMap<string, PlannedRelationship>,
  partiesSource: string,
  newId: () => string,
  problems: ProblemCollector,
): HistoryPlan {
  const plan: HistoryPlan = { careLog: [], trustHistory: [], keptEntries: 0, keptAssessments: 0, sameDay: 0 };
  const knownEntries = new Set(existing.careLogIds);
  const seen = new Set<string>();
  for (const entry of careLog) {
    const problem = (message: string, field: string) => problems.add({ ...entry.at, field, message });
    if (entry.id !== null && seen.has(entry.id)) {
      problem(`id ${quoteValue(entry.id)} is used by two care log entries`, 'id');
      continue;
    }
    if (entry.id !== null) seen.add(entry.id);
    let subject: CareLogSubject;
    let partyIds: string[];
    if (entry.about.kind === 'relationship') {
      const relationship = relationships.get(entry.about.id);
      if (!relationship) {
        problem(`this touchpoint is about relationship ${quoteValue(entry.about.id)}, which is not in ${partiesSource.replace('parties.csv', 'relationships.csv')}`, 'relationship id');
        continue;
      }
      subject = { kind: 'relationship', id: entry.about.id };
      partyIds = [relationship.source, relationship.target];
    } else {
      const found = resolveKnown(entry.about.ref, 'about', lookups, partiesSource);
      if (!found.ok) {
        problem(found.message ?? `party ${quoteValue(entry.about.ref.value)} is not in ${partiesSource}`, 'about');
        continue;
      }
      subject = { kind: 'party', id: found.id };
      partyIds = [found.id];
    }
    if (entry.id !== null && knownEntries.has(entry.id)) {
      plan.keptEntries += 1;
      continue;
    }
    plan.careLog.push({ id: entry.id ?? newId(), subject, partyIds, fields: entry.fields, createdAt: entry.createdAt });
  }

  const knownAssessments = new Set(existing.assessmentIds);
  const days = new Set<string>();
  for (const { assessment, at } of trustHistory) {
    const relationship = relationships.get(assessment.relationshipId);
    if (!relationship || relationship.kind !== 'TRUSTS') {
      const what = relationship && isAgreementKind(relationship.kind) ? 'which is not a trust relationship' : 'which is not in the file or the network';
      problems.add({ ...at, field: 'relationship id', message: `this assessment is of relationship ${quoteValue(assessment.relationshipId)}, ${what}` });
      continue;
    }
    const key = `${assessment.relationshipId}@${assessment.assessedOn ?? 'undated'}`;
    if (days.has(key)) {
      problems.add({ ...at, field: 'assessed on', message: `${quoteValue(assessment.relationshipId)} has two earlier assessments on ${assessment.assessedOn ?? 'no date'}; keep one a day` });
      continue;
    }
    days.add(key);
    if (knownAssessments.has(key)) plan.keptAssessments += 1;
    else if (assessment.assessedOn === relationship.assessedAt) plan.sameDay += 1;
    else plan.trustHistory.push(assessment);
  }
  return plan;
}
