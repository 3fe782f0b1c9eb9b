// Cut vertices: the articulation points of the undirected network of reliance and resource-flow
// links — parties whose removal splits the parties linked through them into pieces that no longer
// reach each other by any reliance or flow. Trust links hold nothing up, so they are left out.
import { articulation } from './articulation';
import type { Articulation } from './articulation';
import { byId, networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export interface CutOff {
  /** How many parties would lose every link to the rest (all pieces but the largest). */
  readonly count: number;
  /** A few of them, from the smallest pieces first. */
  readonly sample: readonly string[];
}

export interface CutOffOptions {
  /** How many of the separated parties to name (default 5). */
  readonly sampleSize?: number;
}

const cache = new WeakMap<NetworkIndex, Articulation>();

export function articulationOf(index: NetworkIndex): Articulation {
  let found = cache.get(index);
  if (!found) {
    found = articulation(index.n, index.links);
    cache.set(index, found);
  }
  return found;
}

/** { id: true } for each cut vertex, { id: false } for everyone else. */
export function cutVertices(network: InsightNetwork): Record<string, boolean> {
  const index = networkIndex(network);
  const { isCut } = articulationOf(index);
  return byId(index, (v) => isCut[v] === 1);
}

/** For each cut vertex only: who its removal would separate from the rest. */
export function cutOff(network: InsightNetwork, options: CutOffOptions = {}): Record<string, CutOff> {
  const { sampleSize = 5 } = options;
  if (!(Number.isInteger(sampleSize) && sampleSize >= 0)) throw new RangeError('cutOff: options.sampleSize must be a whole number of at least 0.');
  const index = networkIndex(network);
  const found = articulationOf(index);
  const result = Object.create(null) as Record<string, CutOff>;
  const parties = network.parties;
  for (let v = 0; v < index.n; v++) {
    if (!found.isCut[v]) continue;
    const { count, sample } = found.cutOff(v, sampleSize);
    result[parties[v]!.id] = { count, sample: sample.map((w) => parties[w]!.id) };
  }
  return result;
}
