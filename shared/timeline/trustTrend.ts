// Is trust falling? (issue 12; the insight warnings of issue 11 use this.) The latest assessment
// is what counts; the trend compares it with the one before it. A drop of half a point or more is
// "falling": sub-scores are whole numbers and a level is their mean, so half a point is the
// smallest drop that is more than rounding (one sub-score of two down by one).
import { groupByRelationship, trustHistoryOf } from './trustHistory';
import type { CurrentTrust, TrustPoint } from './trustHistory';
import type { TrustAssessment } from '../domain';

export const FALLING_TREND_DROP = 0.5;

export type TrustDirection = 'rising' | 'falling' | 'steady' | 'first';

export interface TrustTrend {
  /** The assessment that counts now (the latest by date). */
  readonly latest: TrustPoint;
  /** The one before it; null when there is only one. */
  readonly previous: TrustPoint | null;
  /** latest.level − previous.level; 0 for a first assessment. */
  readonly change: number;
  readonly direction: TrustDirection;
  readonly falling: boolean;
  /** How many assessments there are in all. */
  readonly assessments: number;
}

/** `history` oldest first (trustHistoryOf). null for an empty history. */
export function trustTrend(history: readonly TrustPoint[]): TrustTrend | null {
  const latest = history[history.length - 1];
  if (!latest) return null;
  const previous = history[history.length - 2] ?? null;
  const change = previous ? Math.round((latest.level - previous.level) * 100) / 100 : 0;
  const direction: TrustDirection = !previous ? 'first' : change <= -FALLING_TREND_DROP ? 'falling' : change >= FALLING_TREND_DROP ? 'rising' : 'steady';
  return { latest, previous, change, direction, falling: direction === 'falling', assessments: history.length };
}

type AnyRelationship = ({ readonly kind: 'TRUSTS' } & CurrentTrust) | { readonly kind: 'RELIES_ON' | 'RESOURCE_FLOW'; readonly id: string };

/**
 * Every trust relationship's trend, by relationship id: what the insight warnings read. Takes the
 * network's relationships (only TRUSTS ones are looked at) and its earlier assessments.
 */
export function trustTrends(relationships: readonly AnyRelationship[], earlier: readonly TrustAssessment[]): Map<string, TrustTrend> {
  const groups = groupByRelationship(earlier);
  const trends = new Map<string, TrustTrend>();
  for (const relationship of relationships) {
    if (relationship.kind !== 'TRUSTS') continue;
    const trend = trustTrend(trustHistoryOf(relationship, groups.get(relationship.id) ?? []));
    if (trend) trends.set(relationship.id, trend);
  }
  return trends;
}
