// Small helpers the warning rules share: party names by id, trust ratings between pairs, and
// numbers written the way the app shows them.
import { networkIndex } from '../networkIndex';
import type { InsightNetwork } from '../types';

export function namer(network: InsightNetwork): (id: string) => string {
  const index = networkIndex(network);
  return (id) => network.parties[index.indexOf.get(id) ?? -1]?.name ?? id;
}

/** 2 → "2", 2.333 → "2.3" */
export function score(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export type PairTrust = { readonly level: number; readonly relationships: string[] };

const cache = new WeakMap<InsightNetwork, Map<string, PairTrust>>();

/** Each truster's mean rating of each partner, keyed "source>target" by party id. */
export function trustBetween(network: InsightNetwork): Map<string, PairTrust> {
  const known = cache.get(network);
  if (known) return known;
  const sums = new Map<string, { total: number; relationships: string[] }>();
  for (const relationship of network.relationships) {
    if (relationship.kind !== 'TRUSTS') continue;
    const key = pairKey(relationship);
    const entry = sums.get(key);
    if (entry) {
      entry.total += relationship.level;
      entry.relationships.push(relationship.id);
    } else {
      sums.set(key, { total: relationship.level, relationships: [relationship.id] });
    }
  }
  const means = new Map<string, PairTrust>();
  for (const [key, { total, relationships }] of sums) means.set(key, { level: total / relationships.length, relationships });
  cache.set(network, means);
  return means;
}

export function pairKey(ends: { source: string; target: string }): string {
  return `${ends.source}>${ends.target}`;
}
