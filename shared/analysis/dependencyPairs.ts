// DESIGN.md §4.1 on integer indices: one weight d(A←B) per (dependent A, provider B) pair that
// has at least one RELIES_ON A→B or RESOURCE_FLOW B→A. TRUSTS carries no dependency.
import { RESOURCE_KIND_COUNT } from './modelConstants';
import { offsetsForKeys, stableSortByKey } from './countingSort';
import { collectDependencyEdges } from './dependencyEdges';
import type { PartyIndex } from './indexParties';
import type { RelationshipEnds } from './relationshipEnds';
import type { ImpactRelationship } from './types';

export interface DependencyPairs {
  /** Pairs of dependent A are [dependsOffsets[A], dependsOffsets[A + 1]), ordered by provider. */
  readonly dependsOffsets: Int32Array;
  readonly pairDependent: Int32Array;
  readonly pairProvider: Int32Array;
  /** d(A←B) in [0, 1]. */
  readonly pairWeight: Float64Array;
  /** The relationships behind pair p are reasonRelationships[reasonOffsets[p] … reasonOffsets[p + 1]). */
  readonly reasonOffsets: Int32Array;
  readonly reasonRelationships: Int32Array;
  /** Per reason: the resource kind's position for a RESOURCE_FLOW, -1 for a RELIES_ON. */
  readonly reasonKind: Int8Array;
}

/** Called once per pair with the parts of its weight; shares[k] is f_k, or -1 when B sends no k. */
export type PairBreakdownListener = (pair: number, reliance: number, shares: Float64Array) => void;

export function dependencyPairs(
  index: PartyIndex,
  relationships: readonly ImpactRelationship[],
  ends: RelationshipEnds,
  onPair?: PairBreakdownListener,
): DependencyPairs {
  const n = index.external.length;
  const edges = collectDependencyEdges(n, relationships, ends);
  const byProvider = stableSortByKey(edges.provider, n);
  const order = stableSortByKey(edges.dependent, n, byProvider);

  const c = order.length;
  const pairDependent = new Int32Array(c);
  const pairProvider = new Int32Array(c);
  const pairWeight = new Float64Array(c);
  const reasonOffsets = new Int32Array(c + 1);
  const reasonRelationships = new Int32Array(c);
  const reasonKind = new Int8Array(c);
  // Imported constants are read through locals: some loaders (tsx's CommonJS interop) turn each
  // read of an imported binding into a getter call, which shows over a million edges.
  const kinds = RESOURCE_KIND_COUNT;
  const amountByKind = new Float64Array(kinds);
  const flowsByKind = new Int32Array(kinds);
  const shares = new Float64Array(kinds);
  const { totalAmount, flowCount, anyUnknown } = edges;

  let pairs = 0;
  let start = 0;
  while (start < c) {
    const dependent = edges.dependent[order[start]!]!;
    const provider = edges.provider[order[start]!]!;
    let end = start;
    let notRelied = 1;
    shares.fill(-1);
    while (end < c && edges.dependent[order[end]!] === dependent && edges.provider[order[end]!] === provider) {
      // Only typed arrays are read here: the edges come in pair order, which is random order in
      // the input, and reading the relationship objects themselves would miss the cache each time.
      const edge = order[end]!;
      reasonRelationships[end] = edges.relationship[edge]!;
      const k = edges.kind[edge]!;
      reasonKind[end] = k;
      if (k < 0) {
        notRelied *= 1 - edges.reliance[edge]!;
      } else {
        const amount = edges.amount[edge]!;
        amountByKind[k]! += amount === amount ? amount : 0; // NaN marks an unknown amount
        flowsByKind[k]! += 1;
        shares[k] = 0;
      }
      end++;
    }
    let notDependent = notRelied;
    for (let k = 0; k < kinds; k++) {
      if (shares[k]! < 0) continue;
      const slot = dependent * kinds + k;
      // One unknown amount makes amounts incomparable, so every flow of k counts as one share.
      const share = anyUnknown[slot]
        ? flowsByKind[k]! / flowCount[slot]!
        : totalAmount[slot]! > 0
          ? amountByKind[k]! / totalAmount[slot]!
          : 0; // all known amounts are zero: nothing of k actually arrives, so nothing is lost
      shares[k] = Math.min(1, share);
      notDependent *= 1 - shares[k]!;
      amountByKind[k] = 0;
      flowsByKind[k] = 0;
    }
    pairDependent[pairs] = dependent;
    pairProvider[pairs] = provider;
    pairWeight[pairs] = Math.min(1, Math.max(0, 1 - notDependent));
    onPair?.(pairs, 1 - notRelied, shares);
    pairs++;
    reasonOffsets[pairs] = end;
    start = end;
  }

  return {
    dependsOffsets: offsetsForKeys(pairDependent.subarray(0, pairs), n),
    pairDependent: pairDependent.slice(0, pairs),
    pairProvider: pairProvider.slice(0, pairs),
    pairWeight: pairWeight.slice(0, pairs),
    reasonOffsets: reasonOffsets.slice(0, pairs + 1),
    reasonRelationships,
    reasonKind,
  };
}
