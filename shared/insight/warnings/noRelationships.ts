// Parties with no relationships: on the map but connected to nobody, so every metric and the
// withdrawal model pass them by. Usually a party still to be mapped, or one to remove.
import { networkIndex } from '../networkIndex';
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';

export function noRelationships(network: InsightNetwork, _options: ResolvedWarningOptions): NetworkWarning[] {
  const index = networkIndex(network);
  const linked = new Uint8Array(index.n);
  for (let i = 0; i < index.source.length; i++) linked[index.source[i]!] = linked[index.target[i]!] = 1;
  return network.parties
    .filter((_party, v) => linked[v] === 0)
    .map((party) => ({
      key: `no-relationships:${party.id}`,
      kind: 'no-relationships' as const,
      parties: [party.id],
      relationships: [],
      message: `${party.name} has no relationships yet: add whom it relies on, supplies or trusts, or remove it if it is not part of this network.`,
    }));
}
