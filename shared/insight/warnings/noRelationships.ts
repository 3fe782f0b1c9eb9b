// Parties with no relationships: on the map but connected to nobody, so every metric and the
// withdrawal model pass them by. Usually a party still to be mapped, or one to remove.
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';

export function noRelationships(network: InsightNetwork, _options: ResolvedWarningOptions): NetworkWarning[] {
  const linked = new Set<string>();
  for (const relationship of network.relationships) {
    linked.add(relationship.source);
    linked.add(relationship.target);
  }
  return network.parties
    .filter((party) => !linked.has(party.id))
    .map((party) => ({
      key: `no-relationships:${party.id}`,
      kind: 'no-relationships' as const,
      parties: [party.id],
      relationships: [],
      message: `${party.name} has no relationships yet: add whom it relies on, supplies or trusts, or remove it if it is not part of this network.`,
    }));
}
