// Mean trust each party gives (its ratings of others) and receives (others' ratings of it), on
// the 1–5 scale; null when there is no rating to average. Every rating counts, so a partner rated
// twice weighs twice: that is what the person recorded.
import { byId, networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export type MeanTrust = { readonly given: number | null; readonly received: number | null };

export function meanTrust(network: InsightNetwork): Record<string, MeanTrust> {
  const index = networkIndex(network);
  const means = trustMeans(index);
  return byId(index, (v) => meanTrustAt(means, v));
}

/** Given and received means by party index, two slots a party; NaN where there is no rating. */
export function trustMeans(index: NetworkIndex): Float64Array {
  const network = index.network;
  const sums = new Float64Array(index.n * 2);
  const counts = new Int32Array(index.n * 2);
  network.relationships.forEach((relationship, i) => {
    if (relationship.kind !== 'TRUSTS') return;
    const giver = index.source[i]! * 2;
    const receiver = index.target[i]! * 2 + 1;
    sums[giver]! += relationship.level;
    counts[giver]!++;
    sums[receiver]! += relationship.level;
    counts[receiver]!++;
  });
  for (let slot = 0; slot < sums.length; slot++) sums[slot] = counts[slot]! > 0 ? sums[slot]! / counts[slot]! : NaN;
  return sums;
}

export function meanTrustAt(means: Float64Array, v: number): MeanTrust {
  const mean = (slot: number) => (Number.isNaN(means[slot]!) ? null : means[slot]!);
  return { given: mean(v * 2), received: mean(v * 2 + 1) };
}
