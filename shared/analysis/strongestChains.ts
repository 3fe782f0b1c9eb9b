// DESIGN.md §4.6: for each party, the chain back to W whose product of d values is largest —
// a shortest path on −log d, found by one multi-source Dijkstra from all of W at once.
//
// Links with d = 1 cost nothing, so among equally strong chains Dijkstra alone could pick one
// that wanders through dozens of such links; ties therefore go to the chain with fewer hops.
import { MinHeap } from './binaryHeap';
import type { CompiledNetwork } from './compileNetwork';

type ChainGraph = Pick<CompiledNetwork, 'partyCount' | 'dependentsOffsets' | 'dependentsPairs' | 'pairDependent' | 'pairWeight'>;

/**
 * For each party, the pair (A←B) through which its strongest chain leaves it, or -1 for
 * withdrawn and unreachable parties. Following the pairs' providers leads back to W.
 */
export function strongestChains(graph: ChainGraph, withdrawn: ArrayLike<number>): Int32Array {
  const { dependentsOffsets, dependentsPairs, pairDependent, pairWeight } = graph;
  const cost = new Float64Array(graph.partyCount).fill(Infinity);
  const hops = new Int32Array(graph.partyCount);
  const via = new Int32Array(graph.partyCount).fill(-1);
  const settled = new Uint8Array(graph.partyCount);
  const heap = new MinHeap(Math.min(graph.partyCount, 1 << 16));
  for (let i = 0; i < withdrawn.length; i++) {
    cost[withdrawn[i]!] = 0;
    heap.push(0, 0, withdrawn[i]!);
  }
  while (heap.size > 0) {
    const reached = heap.peekKey();
    const steps = heap.peekTie();
    const b = heap.pop();
    if (settled[b]) continue; // a stale entry: b was already reached more cheaply
    settled[b] = 1;
    for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const weight = pairWeight[pair]!;
      if (weight === 0) continue;
      const a = pairDependent[pair]!;
      if (settled[a]) continue;
      const through = reached - Math.log(weight);
      if (through < cost[a]! || (through === cost[a]! && steps + 1 < hops[a]!)) {
        cost[a] = through;
        hops[a] = steps + 1;
        via[a] = pair;
        heap.push(through, steps + 1, a);
      }
    }
  }
  return via;
}
