// The span of days a network's timeline slider covers (issue 12): from its earliest dated thing
// (an agreement's start or end, an assessment, a touchpoint) to its latest, and today, with a
// little room either side so the first and last dates are not at the slider's very ends.
import type { CareLogEntry, Relationship, TrustAssessment } from '../../../../shared/domain';
import { addDays, daysBetween } from '../../../../shared/timeline';
import type { MaybeAgreement } from '../../../../shared/timeline';

export type TimelineRange = { first: string; last: string; days: number };

// A month either side; at least a year in all, so a single date still gives a usable slider.
const MARGIN_DAYS = 31;
const MIN_DAYS = 365;

export function networkDays(relationships: readonly Relationship[], assessments: readonly Pick<TrustAssessment, 'assessedOn'>[], careLog: readonly Pick<CareLogEntry, 'on'>[]): string[] {
  const days: string[] = [];
  for (const relationship of relationships) {
    if (relationship.kind === 'TRUSTS') {
      if (relationship.assessedAt) days.push(relationship.assessedAt);
    } else {
      if (relationship.startsOn) days.push(relationship.startsOn);
      if (relationship.endsOn) days.push(relationship.endsOn);
    }
  }
  for (const assessment of assessments) if (assessment.assessedOn) days.push(assessment.assessedOn);
  for (const entry of careLog) days.push(entry.on);
  return days;
}

export function timelineRange(days: readonly string[], today: string): TimelineRange {
  let first = today;
  let last = today;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  first = addDays(first, -MARGIN_DAYS);
  last = addDays(last, MARGIN_DAYS);
  const short = MIN_DAYS - daysBetween(first, last);
  if (short > 0) {
    first = addDays(first, -Math.floor(short / 2));
    last = addDays(last, Math.ceil(short / 2));
  }
  return { first, last, days: daysBetween(first, last) };
}

/** The agreements that have an end date, with just what decides whether a day ends them. */
export function endingTerms(relationships: readonly Relationship[]): MaybeAgreement[] {
  return relationships.flatMap((relationship) =>
    relationship.kind !== 'TRUSTS' && relationship.endsOn !== null ? [{ id: relationship.id, kind: relationship.kind, endsOn: relationship.endsOn, renews: relationship.renews }] : [],
  );
}
