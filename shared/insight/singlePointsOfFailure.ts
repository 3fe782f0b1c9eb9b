// Single points of failure: a party that is a cut vertex of the reliance and resource-flow network,
// or the only provider of a service or resource kind to someone. Either way its leaving leaves
// somebody without, with nobody on the map to turn to.
import { articulationOf } from './cutVertices';
import { byId, networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import { soleProvisions } from './soleProviders';
import type { InsightNetwork } from './types';

export function singlePointsOfFailure(network: InsightNetwork): Record<string, boolean> {
  const index = networkIndex(network);
  const single = singlePoints(index);
  return byId(index, (v) => single[v] === 1);
}

/** 1 for each single point of failure, by party index. */
function singlePoints(index: NetworkIndex): Uint8Array {
  const single = articulationOf(index).isCut.slice();
  for (const provision of soleProvisions(index.network)) single[index.indexOf.get(provision.provider)!] = 1;
  return single;
}

export function countSinglePointsOfFailure(index: NetworkIndex): number {
  return singlePoints(index).reduce((sum, flag) => sum + flag, 0);
}
