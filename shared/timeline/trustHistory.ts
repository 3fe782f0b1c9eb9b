// A trust relationship's history (issue 12): the earlier assessments kept as TrustAssessments and
// the current one the relationship itself holds, in date order; and trust as of a past day.
import type { TrustAssessment } from '../domain';

/** One assessment, wherever it is kept. */
export interface TrustPoint {
  readonly level: number;
  readonly reliability: number | null;
  readonly missionSupport: number | null;
  readonly openness: number | null;
  /** null when nobody recorded the day; such a point sorts before every dated one. */
  readonly assessedOn: string | null;
  readonly assessedBy: string;
  /** The assessment the relationship holds now; the others are earlier ones. */
  readonly current: boolean;
  /** The stored earlier assessment's id; null for the current one. */
  readonly assessmentId: string | null;
}

/** What a TRUSTS relationship holds of its current assessment. */
export interface CurrentTrust {
  readonly id: string;
  readonly level: number;
  readonly reliability: number | null;
  readonly missionSupport: number | null;
  readonly openness: number | null;
  readonly assessedAt: string | null;
  readonly assessedBy?: string;
}

type Earlier = Pick<TrustAssessment, 'id' | 'relationshipId' | 'level' | 'reliability' | 'missionSupport' | 'openness' | 'assessedOn' | 'assessedBy'>;

const byDay = (a: TrustPoint, b: TrustPoint) => {
  if (a.assessedOn === b.assessedOn) return Number(a.current) - Number(b.current);
  if (a.assessedOn === null) return -1;
  if (b.assessedOn === null) return 1;
  return a.assessedOn < b.assessedOn ? -1 : 1;
};

/** Every assessment of `relationship`, oldest first, the current one included. */
export function trustHistoryOf(relationship: CurrentTrust, earlier: readonly Earlier[]): TrustPoint[] {
  const points: TrustPoint[] = earlier
    .filter((assessment) => assessment.relationshipId === relationship.id)
    .map((assessment) => ({ ...pick(assessment), assessedOn: assessment.assessedOn, assessedBy: assessment.assessedBy, current: false, assessmentId: assessment.id }));
  points.push({
    ...pick(relationship),
    assessedOn: relationship.assessedAt,
    assessedBy: relationship.assessedBy ?? '',
    current: true,
    assessmentId: null,
  });
  return points.sort(byDay);
}

function pick(scores: Pick<TrustPoint, 'level' | 'reliability' | 'missionSupport' | 'openness'>) {
  return { level: scores.level, reliability: scores.reliability, missionSupport: scores.missionSupport, openness: scores.openness };
}

/** Groups earlier assessments by relationship id, once, for looking up many relationships. */
export function groupByRelationship<T extends { relationshipId: string }>(assessments: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const assessment of assessments) {
    const group = groups.get(assessment.relationshipId);
    if (group) group.push(assessment);
    else groups.set(assessment.relationshipId, [assessment]);
  }
  return groups;
}

/**
 * The assessment in force on `day`: the latest made on or before it. An undated assessment counts
 * as made before any day. null when every assessment is later than `day`: nobody had rated it yet.
 */
export function trustAsOf(history: readonly TrustPoint[], day: string): TrustPoint | null {
  let found: TrustPoint | null = null;
  for (const point of history) if (point.assessedOn === null || point.assessedOn <= day) found = point;
  return found;
}
