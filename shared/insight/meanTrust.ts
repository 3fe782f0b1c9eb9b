// Mean trust each party gives (its ratings of others) and receives (others' ratings of it), on
// the 1–5 scale; null when there is no rating to average. Every rating counts, so a partner rated
// twice weighs twice: that is what the person recorded.
import { byId, networkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export type MeanTrust = { readonly given: number | null; readonly received: number | null };

export function meanTrust(network: InsightNetwork): Record<string, MeanTrust> {
  const index = networkIndex(network);
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
  const mean = (slot: number) => (counts[slot]! > 0 ? sums[slot]! / counts[slot]! : null);
  return byId(index, (v) => ({ given: mean(v * 2), received: mean(v * 2 + 1) }));
}
