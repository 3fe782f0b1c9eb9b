// How many relationships of each kind start and end at each party (every relationship counts,
// parallel ones too: this is what the person drew).
import type { RelationshipKind } from '../domain/constants';
import { byId, networkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export type InOut = { readonly in: number; readonly out: number };
export type KindCounts = Readonly<Record<RelationshipKind, InOut>>;

const KIND_SLOT: Readonly<Record<RelationshipKind, number>> = { RELIES_ON: 0, RESOURCE_FLOW: 1, TRUSTS: 2 };

export function relationshipCounts(network: InsightNetwork): Record<string, KindCounts> {
  const index = networkIndex(network);
  // Six counters a party: out and in for each kind.
  const counts = new Int32Array(index.n * 6);
  network.relationships.forEach((relationship, i) => {
    const slot = KIND_SLOT[relationship.kind] * 2;
    counts[index.source[i]! * 6 + slot]!++;
    counts[index.target[i]! * 6 + slot + 1]!++;
  });
  const at = (v: number, slot: number): InOut => ({ out: counts[v * 6 + slot * 2]!, in: counts[v * 6 + slot * 2 + 1]! });
  return byId(index, (v) => ({ RELIES_ON: at(v, 0), RESOURCE_FLOW: at(v, 1), TRUSTS: at(v, 2) }));
}
