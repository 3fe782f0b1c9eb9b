// The fixed numbers of the withdrawal-impact model (DESIGN.md §4), named once.
import { RESOURCE_KINDS } from '../domain/constants';
import type { ResourceKind, Substitutability } from '../domain/constants';

/** s in r = (criticality / 5) × s: how much of a service is lost when its provider leaves. */
export const SUBSTITUTABILITY_FACTOR: Readonly<Record<Substitutability, number>> = {
  none: 1.0,
  limited: 0.5,
  ready: 0.15,
};

export const CRITICALITY_MAX = 5;
export const TRUST_MAX = 5;
/** Trust we assume when a party has said nothing: the middle of the 1–5 scale (§4.10, §4.11). */
export const NEUTRAL_TRUST = 3;

export const RESOURCE_KIND_COUNT = RESOURCE_KINDS.length;

const KIND_INDEX: ReadonlyMap<string, number> = new Map(RESOURCE_KINDS.map((kind, index) => [kind, index]));

/** Position of a resource kind in RESOURCE_KINDS, or -1 for anything else. */
export function resourceKindIndex(kind: string): number {
  return KIND_INDEX.get(kind) ?? -1;
}

export function resourceKindAt(index: number): ResourceKind {
  const kind = RESOURCE_KINDS[index];
  if (kind === undefined) throw new RangeError(`No resource kind at position ${index}.`);
  return kind;
}
