// A part of a network, for scores of what is on show (the map's filters) or of what remains after
// a withdrawal: the chosen parties, and the chosen relationships whose two ends both remain. The
// parties and relationships are the same objects as in the input; only the lists are new.
import type { InsightNetwork } from './types';

export interface SubNetworkChoice {
  /** Keep only these parties (default: all). */
  readonly partyIds?: Iterable<string>;
  /** Keep only these relationships (default: all). */
  readonly relationshipIds?: Iterable<string>;
  /** Leave these parties out, with their relationships (a withdrawal). */
  readonly withoutParties?: Iterable<string>;
}

export function subNetwork(network: InsightNetwork, choice: SubNetworkChoice): InsightNetwork {
  const kept = choice.partyIds ? new Set(choice.partyIds) : null;
  const gone = new Set(choice.withoutParties ?? []);
  const relationships = choice.relationshipIds ? new Set(choice.relationshipIds) : null;
  const parties = network.parties.filter((party) => (kept === null || kept.has(party.id)) && !gone.has(party.id));
  const remaining = new Set(parties.map((party) => party.id));
  return {
    parties,
    relationships: network.relationships.filter(
      (relationship) => (relationships === null || relationships.has(relationship.id)) && remaining.has(relationship.source) && remaining.has(relationship.target),
    ),
  };
}
