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

type Provided = { what: string; kind: SoleProvision['kind']; providers: Map<number, { ids: string[]; replaceable: boolean }> };

const cache = new WeakMap<NetworkIndex, SoleProvision[]>();

export function serviceKey(service: string): string {
  return service.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every sole provision in the network, ordered by dependent then by what is provided, as found. */
export function soleProvisions(network: InsightNetwork): readonly SoleProvision[] {
  const index = networkIndex(network);
  const known = cache.get(index);
  if (known) return known;
  const provided = new Map<string, Provided>();
  const note = (dependent: number, provider: number, kind: Provided['kind'], what: string, id: string, replaceable: boolean) => {
    const key = `${dependent}\u0000${kind}\u0000${kind === 'service' ? serviceKey(what) : what}`;
    let entry = provided.get(key);
    if (!entry) {
      entry = { what, kind, providers: new Map() };
      provided.set(key, entry);
    }
    const by = entry.providers.get(provider);
    if (by) {
      by.ids.push(id);
      by.replaceable &&= replaceable;
    } else {
      entry.providers.set(provider, { ids: [id], replaceable });
    }
  };
  network.relationships.forEach((relationship, i) => {
    if (relationship.kind === 'RELIES_ON') {
      note(index.source[i]!, index.target[i]!, 'service', relationship.service, relationship.id, relationship.substitutability === 'ready');
    } else if (relationship.kind === 'RESOURCE_FLOW' && relationship.amount !== 0) {
      note(index.target[i]!, index.source[i]!, 'resource', relationship.resource, relationship.id, false);
    }
  });
  const result: SoleProvision[] = [];
  for (const [key, entry] of provided) {
    if (entry.providers.size !== 1) continue;
    const [provider, by] = entry.providers.entries().next().value!;
    if (by.replaceable) continue;
    const dependent = Number(key.slice(0, key.indexOf('\u0000')));
    result.push({
      provider: network.parties[provider]!.id,
      dependent: network.parties[dependent]!.id,
      kind: entry.kind,
      what: entry.what,
      relationships: by.ids,
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
