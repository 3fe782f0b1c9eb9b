// Who already provides what (DESIGN.md §4.11). Every service (RELIES_ON.service, matched after
// trimming and ignoring case) and every resource kind is an "item" with a number; for each item
// the parties that provide it to someone: targets of a RELIES_ON for a service, sources of a
// RESOURCE_FLOW for a resource kind. Built once, while compiling, from the dependency pairs.
import { RESOURCE_KINDS } from '../domain/constants';
import type { ResourceKind } from '../domain/constants';
import type { DependencyPairs } from './dependencyPairs';
import type { ImpactRelationship } from './types';

export type LostItem = { readonly kind: 'service'; readonly service: string } | { readonly kind: 'resource'; readonly resource: ResourceKind };

export interface ProviderIndex {
  /** Item of each reason (see DependencyPairs): the resource kind's position, then services. */
  readonly reasonItem: Int32Array;
  /** Per item: its providers, ascending and unique. */
  readonly itemProviders: readonly Int32Array[];
  /** Per item: what it is, in the words of the first relationship that names it. */
  readonly itemLost: readonly LostItem[];
  /** Per item: position in a stable order (resource kinds, then services by name). */
  readonly itemRank: Int32Array;
}

export function serviceKey(service: string): string {
  return service.trim().toLowerCase();
}

export function buildProviderIndex(pairs: DependencyPairs, relationships: readonly ImpactRelationship[]): ProviderIndex {
  const kinds = RESOURCE_KINDS.length;
  const itemLost: LostItem[] = RESOURCE_KINDS.map((resource) => ({ kind: 'resource', resource }));
  const providers: number[][] = RESOURCE_KINDS.map(() => []);
  const itemByKey = new Map<string, number>();
  // Most services repeat word for word, so the raw text is looked up before it is normalised.
  const itemByText = new Map<string, number>();
  // Services are numbered in one pass in input order (reading the relationships in pair order
  // would miss the cache on every read of a large network).
  const serviceOf = new Int32Array(relationships.length);
  relationships.forEach((edge, position) => {
    if (edge.kind !== 'RELIES_ON') return;
    let item = itemByText.get(edge.service) ?? -1;
    if (item < 0) {
      const key = serviceKey(edge.service);
      item = itemByKey.get(key) ?? -1;
      if (item < 0) {
        item = itemLost.length;
        itemByKey.set(key, item);
        itemLost.push({ kind: 'service', service: edge.service.trim() });
        providers.push([]);
      }
      itemByText.set(edge.service, item);
    }
    serviceOf[position] = item;
  });
  const { pairProvider, reasonOffsets, reasonRelationships, reasonKind } = pairs;
  const reasonItem = new Int32Array(reasonRelationships.length);
  for (let pair = 0; pair < pairProvider.length; pair++) {
    for (let r = reasonOffsets[pair]!, end = reasonOffsets[pair + 1]!; r < end; r++) {
      const item = reasonKind[r]! >= 0 ? reasonKind[r]! : serviceOf[reasonRelationships[r]!]!;
      reasonItem[r] = item;
      providers[item]!.push(pairProvider[pair]!);
    }
  }
  const itemRank = new Int32Array(itemLost.length);
  for (let k = 0; k < kinds; k++) itemRank[k] = k;
  [...itemByKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .forEach(([, item], position) => {
      itemRank[item] = kinds + position;
    });
  return { reasonItem, itemProviders: providers.map(ascendingUnique), itemLost, itemRank };
}

function ascendingUnique(values: number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i]!;
  return sorted.slice(0, size);
}

export function includesSorted(values: Int32Array, value: number): boolean {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
