// d(A←B) of DESIGN.md §4.1 as plain data, with its parts, for tests, tooltips and exports.
import { RESOURCE_KIND_COUNT, resourceKindAt } from './modelConstants';
import { dependencyPairs } from './dependencyPairs';
import { indexParties } from './indexParties';
import { relationshipEnds } from './relationshipEnds';
import type { ResourceKind } from '../domain/constants';
import type { ImpactNetwork } from './types';

export interface DependencyWeight {
  /** A: the party that depends. */
  readonly dependent: string;
  /** B: the party it depends on. */
  readonly provider: string;
  /** d(A←B) = 1 − (1 − reliance) × Π_k (1 − shares[k]). */
  readonly weight: number;
  /** r: noisy-OR of (criticality / 5) × s over A's RELIES_ON edges to B (0 when none). */
  readonly reliance: number;
  /** f_k for each resource kind B sends A. */
  readonly shares: Partial<Record<ResourceKind, number>>;
}

/** Every (dependent, provider) pair with a RELIES_ON or RESOURCE_FLOW between them, grouped by dependent. */
export function dependencyWeights(network: ImpactNetwork): DependencyWeight[] {
  const index = indexParties(network.parties);
  const breakdown: Array<{ reliance: number; shares: Partial<Record<ResourceKind, number>> }> = [];
  const ends = relationshipEnds(index, network.relationships);
  const pairs = dependencyPairs(index, network.relationships, ends, (pair, reliance, shares) => {
    const byKind: Partial<Record<ResourceKind, number>> = {};
    for (let k = 0; k < RESOURCE_KIND_COUNT; k++) if (shares[k]! >= 0) byKind[resourceKindAt(k)] = shares[k]!;
    breakdown[pair] = { reliance, shares: byKind };
  });
  return Array.from(pairs.pairWeight, (weight, pair) => ({
    dependent: network.parties[pairs.pairDependent[pair]!]!.id,
    provider: network.parties[pairs.pairProvider[pair]!]!.id,
    weight,
    reliance: breakdown[pair]!.reliance,
    shares: breakdown[pair]!.shares,
  }));
}
