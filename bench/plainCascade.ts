// The straightforward way to simulate the cascade, for the benchmark only: one future at a time,
// a breadth-first walk from the withdrawn parties in which each link is tried once with a fresh
// random number. What the model's bit-parallel sampler (shared/analysis/futureSampler.ts) is
// measured against.
import type { CompiledNetwork } from '../shared/analysis';
import { seededRandom } from '../shared/analysis';

export function plainCascade(compiled: CompiledNetwork, withdrawn: readonly number[], futures: number, seed = 1): Float64Array {
  const { dependentsOffsets, dependentsPairs, pairDependent, pairWeight } = compiled;
  const n = compiled.partyCount;
  const random = seededRandom(seed);
  const lostIn = new Int32Array(n).fill(-1);
  const lostCount = new Float64Array(n);
  const queue = new Int32Array(n);
  for (let future = 0; future < futures; future++) {
    let tail = 0;
    for (const w of withdrawn) {
      if (lostIn[w] === future) continue;
      lostIn[w] = future;
      queue[tail++] = w;
    }
    for (let head = 0; head < tail; head++) {
      const b = queue[head]!;
      for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
        const pair = dependentsPairs[q]!;
        const a = pairDependent[pair]!;
        if (lostIn[a] === future || random() >= pairWeight[pair]!) continue;
        lostIn[a] = future;
        queue[tail++] = a;
        lostCount[a]!++;
      }
    }
  }
  for (const w of withdrawn) lostCount[w] = futures;
  return lostCount.map((count) => count / futures);
}
