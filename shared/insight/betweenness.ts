// Betweenness centrality on the directed reliance network (an arc A→B when A relies on B),
// unweighted, parallel relationships counted once: for each party v, the share of shortest
// reliance paths between two other parties that pass through v, summed over every ordered pair
// (s, t). Normalised by (n − 1)(n − 2), the number of ordered pairs of other parties, so a party
// that every other party's reliance on every other passes through scores 1.
//
// Brandes' algorithm (2001): one breadth-first search per party, then dependencies accumulated in
// reverse order. Successors are read instead of stored predecessor lists (w follows v on a
// shortest path exactly when dist[w] = dist[v] + 1), which keeps every array typed and reused.
import { byId, networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export interface BetweennessOptions {
  /** Divide by (n − 1)(n − 2) (default true); false gives the raw sums. */
  readonly normalized?: boolean;
}

export function betweenness(network: InsightNetwork, options: BetweennessOptions = {}): Record<string, number> {
  const { normalized = true } = options;
  if (typeof normalized !== 'boolean') throw new TypeError('betweenness: options.normalized must be true or false.');
  const index = networkIndex(network);
  const scores = betweennessScores(index, normalized);
  return byId(index, (v) => scores[v]!);
}

/** Scores by party index. */
export function betweennessScores(index: NetworkIndex, normalized = true): Float64Array {
  const n = index.n;
  const scores = brandes(n, index.relianceOut.offsets, index.relianceOut.neighbours);
  const scale = !normalized ? 1 : n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  if (scale !== 1) for (let v = 0; v < n; v++) scores[v]! *= scale;
  return scores;
}

function brandes(n: number, offsets: Int32Array, neighbours: Int32Array): Float64Array {
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  // (1 + δ(w)) / σ(w), set once w's dependency is complete, so the backward pass adds instead of dividing per arc.
  const share = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  // Breadth-first order; read backwards it is the order dependencies accumulate in.
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    // A party that relies on no one starts no path.
    if (offsets[s] === offsets[s + 1]) continue;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = neighbours[k]!;
        const d = dist[w]!;
        if (d === -1) {
          dist[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
        } else if (d === next) {
          sigma[w]! += paths;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i]!;
      const next = dist[v]! + 1;
      const end = offsets[v + 1]!;
      let sum = 0;
      for (let k = offsets[v]!; k < end; k++) {
        const w = neighbours[k]!;
        if (dist[w] === next) sum += share[w]!;
      }
      const dependency = sigma[v]! * sum;
      centrality[v]! += dependency;
      share[v] = (1 + dependency) / sigma[v]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      share[v] = 0;
    }
  }
  return centrality;
}
