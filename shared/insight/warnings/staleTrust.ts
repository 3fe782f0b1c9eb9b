// Trust not assessed for longer than a set time: a rating older than `staleAfterDays` (counted
// from `today`), or one with no assessment date at all, may no longer say how the partners feel.
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer, score } from './warningText';

const DAY_MS = 86_400_000;

/** Days from an ISO date (2026-03-31) to another, or null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const start = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.round((end - start) / DAY_MS);
}

export function staleTrust(network: InsightNetwork, { thresholds, today }: ResolvedWarningOptions): NetworkWarning[] {
  const nameOf = namer(network);
  const ages = new Map<string, number | null>();
  const ageOf = (date: string) => {
    if (!ages.has(date)) ages.set(date, daysBetween(date, today));
    return ages.get(date)!;
  };
  const warnings: NetworkWarning[] = [];
  for (const relationship of network.relationships) {
    if (relationship.kind !== 'TRUSTS') continue;
    const assessedAt = relationship.assessedAt ?? null;
    const age = assessedAt === null ? null : ageOf(assessedAt);
    if (age !== null && age <= thresholds.staleAfterDays) continue;
    const rating = `${nameOf(relationship.source)}'s trust in ${nameOf(relationship.target)} (${score(relationship.level)} of 5)`;
    warnings.push({
      key: `stale-trust:${relationship.id}`,
      kind: 'stale-trust',
      parties: [relationship.source, relationship.target],
      relationships: [relationship.id],
      message:
        assessedAt === null || age === null
          ? `${rating} has no assessment date: ask again and record when.`
          : `${rating} was last assessed on ${assessedAt.slice(0, 10)}, ${age} days ago.`,
    });
  }
  return warnings;
}
