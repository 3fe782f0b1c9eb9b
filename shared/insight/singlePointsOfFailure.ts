// Single points of failure: a party that is a cut vertex of the reliance and resource-flow network,
// or the only provider of a service or resource kind to someone. Either way its leaving leaves
// somebody without, with nobody on the map to turn to.
import { cutVertices } from './cutVertices';
import { byId, networkIndex } from './networkIndex';
import { soleProvisions } from './soleProviders';
import type { InsightNetwork } from './types';

export function singlePointsOfFailure(network: InsightNetwork): Record<string, boolean> {
  const index = networkIndex(network);
  const cut = cutVertices(network);
  const providers = new Set(soleProvisions(network).map((provision) => provision.provider));
  return byId(index, (v) => {
    const id = network.parties[v]!.id;
    return cut[id] === true || providers.has(id);
  });
}
