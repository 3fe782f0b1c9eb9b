// Fewest dependency hops from the withdrawn set W to each party, following only pairs with
// d > 0 (from provider to dependent). Breadth-first search over the provider-side CSR.
import type { CompiledNetwork } from './compileNetwork';

type HopGraph = Pick<CompiledNetwork, 'partyCount' | 'dependentsOffsets' | 'dependentsPairs' | 'pairDependent' | 'pairWeight'>;

/** -1 marks a party no dependency path reaches; withdrawn parties are at 0. */
export function hopDistances(graph: HopGraph, withdrawn: ArrayLike<number>): Int32Array {
  const { dependentsOffsets, dependentsPairs, pairDependent, pairWeight } = graph;
  const hops = new Int32Array(graph.partyCount).fill(-1);
  const queue = new Int32Array(graph.partyCount);
  let tail = 0;
  for (let i = 0; i < withdrawn.length; i++) {
    const w = withdrawn[i]!;
    if (hops[w] === 0) continue;
    hops[w] = 0;
    queue[tail++] = w;
  }
  for (let head = 0; head < tail; head++) {
    const b = queue[head]!;
    for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const a = pairDependent[pair]!;
      if (hops[a] !== -1 || pairWeight[pair] === 0) continue;
      hops[a] = hops[b]! + 1;
      queue[tail++] = a;
    }
  }
  return hops;
}
