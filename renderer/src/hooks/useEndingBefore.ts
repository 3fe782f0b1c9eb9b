// The agreements a day ends (issue 12), on the open network: a function that changes only when an
// agreement's end date or renewal does, so a simulation of a day is asked again exactly then.
import { useMemo } from 'react';
import type { Relationship } from '../../../shared/domain';
import { agreementsEndingBefore } from '../../../shared/timeline';
import type { MaybeAgreement } from '../../../shared/timeline';
import { endingTerms } from '../core/timeline/timelineRange';

export function useEndingBefore(relationships: readonly Relationship[]): (day: string) => readonly string[] {
  // The terms as text: a new list of relationships with the same terms gives the same function.
  const key = useMemo(() => JSON.stringify(endingTerms(relationships)), [relationships]);
  return useMemo(() => {
    const terms = JSON.parse(key) as MaybeAgreement[];
    return (day: string) => agreementsEndingBefore(terms, day).map((agreement) => agreement.id);
  }, [key]);
}
