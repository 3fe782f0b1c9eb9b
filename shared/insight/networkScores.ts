// Scores for a whole network (or the part of it on show): how connected it is, how much reliance
// gathers on one party, how much trust there is, and how many single points of failure.
//
// - density: ordered pairs of parties linked by any relationship (parallel ones once), over the
//   n(n − 1) pairs there could be;
// - relianceCentralisation: Freeman's degree centralisation of reliance in-degree (how many
//   parties rely on each): Σ (max − in(v)) / (n − 1)², 1 when everyone else relies on one party
//   and on nobody else, 0 when reliance is spread evenly;
// - meanTrust: mean level of every trust rating; lowTrustShare: the share of them at or below the
//   low-trust threshold;
// - trustReceivedPercent: PARTNER's way of reporting trust, as a percentage of the maximum: the
//   mean over rated parties of the mean trust each receives, divided by 5.
import { DEFAULT_WARNING_THRESHOLDS } from '../domain/insightSettings';
import { TRUST_MAX } from '../analysis/modelConstants';
import { degree } from './adjacency';
import { trustMeans } from './meanTrust';
import { networkIndex } from './networkIndex';
import { countSinglePointsOfFailure } from './singlePointsOfFailure';
import type { InsightNetwork } from './types';

export interface NetworkScores {
  readonly parties: number;
  readonly relationships: number;
  readonly density: number;
  readonly relianceCentralisation: number;
  readonly meanTrust: number | null;
  readonly lowTrustShare: number | null;
  readonly singlePointsOfFailure: number;
  readonly trustReceivedPercent: number | null;
}

export interface NetworkScoresOptions {
  /** Trust at or below this level counts as low (default 2). */
  readonly lowTrust?: number;
}

export function networkScores(network: InsightNetwork, options: NetworkScoresOptions = {}): NetworkScores {
  const { lowTrust = DEFAULT_WARNING_THRESHOLDS.lowTrust } = options;
  if (!(typeof lowTrust === 'number' && lowTrust >= 1 && lowTrust <= TRUST_MAX)) throw new RangeError('networkScores: options.lowTrust must be a trust level from 1 to 5.');
  const index = networkIndex(network);
  const n = index.n;

  const pairs = new Set<number>();
  let trustSum = 0;
  let trustCount = 0;
  let lowCount = 0;
  network.relationships.forEach((relationship, i) => {
    pairs.add(index.source[i]! * n + index.target[i]!);
    if (relationship.kind !== 'TRUSTS') return;
    trustSum += relationship.level;
    trustCount++;
    if (relationship.level <= lowTrust) lowCount++;
  });

  let highest = 0;
  let total = 0;
  for (let v = 0; v < n; v++) {
    const count = degree(index.relianceIn, v);
    highest = Math.max(highest, count);
    total += count;
  }

  const means = trustMeans(index);
  let receivedSum = 0;
  let receivedCount = 0;
  for (let v = 0; v < n; v++) {
    const received = means[v * 2 + 1]!;
    if (Number.isNaN(received)) continue;
    receivedSum += received;
    receivedCount++;
  }

  return {
    parties: n,
    relationships: network.relationships.length,
    density: n > 1 ? pairs.size / (n * (n - 1)) : 0,
    relianceCentralisation: n > 1 ? (n * highest - total) / ((n - 1) * (n - 1)) : 0,
    meanTrust: trustCount > 0 ? trustSum / trustCount : null,
    lowTrustShare: trustCount > 0 ? lowCount / trustCount : null,
    singlePointsOfFailure: countSinglePointsOfFailure(index),
    trustReceivedPercent: receivedCount > 0 ? (100 * receivedSum) / receivedCount / TRUST_MAX : null,
  };
}
