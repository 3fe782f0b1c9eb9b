// Sole providers: a party is the only provider of a service, or of a resource kind, to someone —
// the dependent relies on nobody else for that service, or receives that kind from nobody else.
//
// Services are free text, so two spellings that differ only in capitals or spacing are one service.
// A reliance marked "ready" substitutes is not counted: the dependent has told us others could
// step in, so its one provider on the map is not a single point of failure. A flow of amount 0
// provides nothing and is not counted either (the withdrawal model gives it no weight).
import { networkIndex } from './networkIndex';
import type { NetworkIndex } from './networkIndex';
import type { InsightNetwork } from './types';

export interface SoleProvision {
  readonly provider: string;
  readonly dependent: string;
  readonly kind: 'service' | 'resource';
  /** The service as first written, or the resource kind. */
  readonly what: string;
  readonly relationships: readonly string[];
}

// One dependent's supply of one service or resource kind: its first provider, with that provider's
// relationships, and whether anyone else provides the same.
type Supply = { dependent: number; provider: number; kind: SoleProvision['kind']; what: string; ids: string[]; replaceable: boolean; shared: boolean };

const cache = new WeakMap<NetworkIndex, SoleProvision[]>();

export function serviceKey(service: string): string {
  return service.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every sole provision in the network, in the order the relationships first mention them. */
export function soleProvisions(network: InsightNetwork): readonly SoleProvision[] {
  const index = networkIndex(network);
  const known = cache.get(index);
  if (known) return known;
  // Numbered keys (dependent × kinds of supply + which) instead of strings: this runs on every
  // relationship of a large network.
  const serviceNumbers = new Map<string, number>();
  const resourceNumbers = new Map<string, number>();
  const numberOf = (numbers: Map<string, number>, key: string) => {
    let found = numbers.get(key);
    if (found === undefined) {
      found = numbers.size;
      numbers.set(key, found);
    }
    return found;
  };
  const perDependent = network.relationships.length * 2 + 1;
  const supplies = new Map<number, Supply>();
  const note = (dependent: number, provider: number, kind: Supply['kind'], what: string, which: number, id: string, replaceable: boolean) => {
    const key = dependent * perDependent + which;
    const supply = supplies.get(key);
    if (!supply) {
      supplies.set(key, { dependent, provider, kind, what, ids: [id], replaceable, shared: false });
    } else if (supply.provider !== provider) {
      supply.shared = true;
    } else {
      supply.ids.push(id);
      supply.replaceable &&= replaceable;
    }
  };
  const folded = new Map<string, string>();
  network.relationships.forEach((relationship, i) => {
    if (relationship.kind === 'RELIES_ON') {
      let key = folded.get(relationship.service);
      if (key === undefined) folded.set(relationship.service, (key = serviceKey(relationship.service)));
      const which = 2 * numberOf(serviceNumbers, key);
      note(index.source[i]!, index.target[i]!, 'service', relationship.service, which, relationship.id, relationship.substitutability === 'ready');
    } else if (relationship.kind === 'RESOURCE_FLOW' && relationship.amount !== 0) {
      const which = 2 * numberOf(resourceNumbers, relationship.resource) + 1;
      note(index.target[i]!, index.source[i]!, 'resource', relationship.resource, which, relationship.id, false);
    }
  });
  const result: SoleProvision[] = [];
  for (const supply of supplies.values()) {
    if (supply.shared || supply.replaceable) continue;
    result.push({
      provider: network.parties[supply.provider]!.id,
      dependent: network.parties[supply.dependent]!.id,
      kind: supply.kind,
      what: supply.what,
      relationships: supply.ids,
    });
  }
  cache.set(index, result);
  return result;
}

/** { id: what it alone provides, to whom } for every party; an empty list for most. */
export function soleProviders(network: InsightNetwork): Record<string, SoleProvision[]> {
  const result = Object.create(null) as Record<string, SoleProvision[]>;
  for (const party of network.parties) result[party.id] = [];
  for (const provision of soleProvisions(network)) result[provision.provider]!.push(provision);
  return result;
}

/** "the only provider of client transport to IOP clients" */
export function describeProvision(provision: SoleProvision, nameOf: (id: string) => string): string {
  const what = provision.kind === 'service' ? provision.what : provision.what === 'other' ? 'other resources' : provision.what;
  return `the only provider of ${what} to ${nameOf(provision.dependent)}`;
}
