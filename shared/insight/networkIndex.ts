// Checks a network once and indexes it for the metrics: parties by position, each relationship's
// ends, and the two networks the metrics walk — reliance (an arc A→B when A relies on B) and the
// undirected network of reliance and resource-flow links. Every metric calls networkIndex, so the
// first call checks and indexes and the rest reuse it (cached per network object: treat the
// network as immutable while you read metrics from it, as the withdrawal model does).
import { checkFlow, checkReliance, checkTrust } from '../analysis/checkRelationship';
import { indexParties } from '../analysis/indexParties';
import { relationshipEnds } from '../analysis/relationshipEnds';
import { adjacency, undirected } from './adjacency';
import type { Adjacency } from './adjacency';
import type { InsightNetwork } from './types';

export interface NetworkIndex {
  readonly network: InsightNetwork;
  readonly n: number;
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 for external customers (patients, clients, families). */
  readonly external: Uint8Array;
  /** Party indices of each relationship's ends, in input order. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Reliance arcs A→B (A relies on B), out of each party and into it. */
  readonly relianceOut: Adjacency;
  readonly relianceIn: Adjacency;
  /** Reliance and resource-flow links, either direction. */
  readonly links: Adjacency;
}

const cache = new WeakMap<InsightNetwork, NetworkIndex>();

export function networkIndex(network: InsightNetwork): NetworkIndex {
  if (network === null || typeof network !== 'object') throw new TypeError('Network insight needs a network: { parties, relationships }.');
  const known = cache.get(network);
  if (known) return known;
  const parties = indexParties(network.parties);
  const { source, target } = relationshipEnds(parties, network.relationships);
  const n = network.parties.length;
  const relyFrom: number[] = [];
  const relyTo: number[] = [];
  const linkFrom: number[] = [];
  const linkTo: number[] = [];
  network.relationships.forEach((relationship, i) => {
    switch (relationship.kind) {
      case 'RELIES_ON':
        checkReliance(relationship);
        relyFrom.push(source[i]!);
        relyTo.push(target[i]!);
        break;
      case 'RESOURCE_FLOW':
        checkFlow(relationship);
        break;
      case 'TRUSTS':
        checkTrust(relationship);
        return;
      default:
        throw new Error(`Relationship "${(relationship as { id: string }).id}" has an unknown kind; use RELIES_ON, RESOURCE_FLOW or TRUSTS.`);
    }
    linkFrom.push(source[i]!);
    linkTo.push(target[i]!);
  });
  const index: NetworkIndex = {
    network,
    n,
    indexOf: parties.indexOf,
    external: parties.external,
    source,
    target,
    relianceOut: adjacency(n, relyFrom, relyTo),
    relianceIn: adjacency(n, relyTo, relyFrom),
    links: undirected(n, linkFrom, linkTo),
  };
  cache.set(network, index);
  return index;
}

/** { id: value } for every party, in input order. */
export function byId<T>(index: NetworkIndex, value: (v: number) => T): Record<string, T> {
  // No prototype, so a party whose id is "__proto__" is just another key.
  const result = Object.create(null) as Record<string, T>;
  index.network.parties.forEach((party, v) => {
    result[party.id] = value(v);
  });
  return result;
}
