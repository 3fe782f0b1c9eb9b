// How many relationships of each kind start and end at each party (every relationship counts,
// parallel ones too: this is what the person drew).
import type { RelationshipKind } from '../domain/constants';
import { byId, networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export type InOut = { readonly in: number; readonly out: number };
export type KindCounts = Readonly<Record<RelationshipKind, InOut>>;

const KIND_SLOT: Readonly<Record<RelationshipKind, number>> = { RELIES_ON: 0, RESOURCE_FLOW: 1, TRUSTS: 2 };

export function relationshipCounts(network: InsightNetwork): Record<string, KindCounts> {
  const index = networkIndex(network);
  const counts = countByKind(index);
  return byId(index, (v) => kindCountsAt(counts, v));
}

/** Six counters a party, by party index: out and in for each kind. */
export function countByKind(index: NetworkIndex): Int32Array {
  const counts = new Int32Array(index.n * 6);
  index.network.relationships.forEach((relationship, i) => {
    const slot = KIND_SLOT[relationship.kind] * 2;
    counts[index.source[i]! * 6 + slot]!++;
    counts[index.target[i]! * 6 + slot + 1]!++;
  });
  return counts;
}

export function kindCountsAt(counts: Int32Array, v: number): KindCounts {
  const at = (slot: number): InOut => ({ out: counts[v * 6 + slot * 2]!, in: counts[v * 6 + slot * 2 + 1]! });
  return { RELIES_ON: at(0), RESOURCE_FLOW: at(1), TRUSTS: at(2) };
}
