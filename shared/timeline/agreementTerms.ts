// Agreements over time (issue 12): whether a reliance or resource flow is in effect on a day, and
// which agreements end before a day without renewing — the ones a "simulate a date" question
// withdraws (DESIGN.md §4.9). Dates are YYYY-MM-DD, so they compare as text.
import type { AgreementTerm, RelationshipKind } from '../domain';

export type TermStatus = 'not-started' | 'in-effect' | 'ended';

/** Any relationship: reliance and resource flows carry a term, trust ratings do not. */
export interface MaybeAgreement extends Partial<AgreementTerm> {
  readonly id: string;
  readonly kind: RelationshipKind;
}

export function isAgreementKind(kind: RelationshipKind): boolean {
  return kind === 'RELIES_ON' || kind === 'RESOURCE_FLOW';
}

/**
 * On `date`: not started before its start day, ended after its end day (the end day itself is
 * still in effect) unless it renews by itself, which keeps it going. A trust rating has no term.
 */
export function termStatus(relationship: MaybeAgreement, date: string): TermStatus {
  const { startsOn = null, endsOn = null, renews = false } = relationship;
  if (startsOn !== null && date < startsOn) return 'not-started';
  if (endsOn !== null && endsOn < date && !renews) return 'ended';
  return 'in-effect';
}

function endsBefore(relationship: MaybeAgreement, date: string): boolean {
  return isAgreementKind(relationship.kind) && relationship.endsOn != null && relationship.endsOn < date;
}

/**
 * "What if the agreements ending before this day are not renewed?": every agreement whose end
 * date falls before `date` and that does not renew by itself, in the order given.
 */
export function agreementsEndingBefore<T extends MaybeAgreement>(relationships: readonly T[], date: string): T[] {
  return relationships.filter((relationship) => endsBefore(relationship, date) && relationship.renews !== true);
}

/** Agreements that end before `date` but renew by themselves, so they stay. */
export function renewingBefore<T extends MaybeAgreement>(relationships: readonly T[], date: string): T[] {
  return relationships.filter((relationship) => endsBefore(relationship, date) && relationship.renews === true);
}
