// How many parties rely on each party, and on how many it relies: distinct parties, so two
// services relied on from the same partner count once.
import { degree } from './adjacency';
import { byId, networkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export type RelianceCount = { readonly reliedOnBy: number; readonly reliesOn: number };

export function relianceCounts(network: InsightNetwork): Record<string, RelianceCount> {
  const index = networkIndex(network);
  return byId(index, (v) => ({ reliedOnBy: degree(index.relianceIn, v), reliesOn: degree(index.relianceOut, v) }));
}
