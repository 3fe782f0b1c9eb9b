// Gives every party an integer index (its position in the input) and a rank by name, so the
// rest of the model works on typed arrays and ties break the same way whatever the input order.
import type { ImpactParty } from './types';

export interface PartyIndex {
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 for external customers (patients, clients, families). */
  readonly external: Uint8Array;
  /** Position in a case-insensitive name order, ties broken by exact name then id. */
  readonly nameRank: Int32Array;
  /** The parties in that order: nameOrder[nameRank[i]] = i. */
  readonly nameOrder: Int32Array;
}

export function indexParties(parties: readonly ImpactParty[]): PartyIndex {
  if (!Array.isArray(parties)) throw new TypeError('The network needs a list of parties.');
  const indexOf = new Map<string, number>();
  const external = new Uint8Array(parties.length);
  parties.forEach((party, index) => {
    if (typeof party.id !== 'string' || party.id === '') throw new TypeError(`Party number ${index + 1} has no id.`);
    if (indexOf.has(party.id)) throw new Error(`Party id "${party.id}" is used twice.`);
    if (party.side !== 'internal' && party.side !== 'external') {
      throw new Error(`Party "${party.id}" has side "${String(party.side)}"; it must be "internal" or "external".`);
    }
    if (typeof party.name !== 'string') throw new TypeError(`Party "${party.id}" has no name.`);
    indexOf.set(party.id, index);
    external[index] = party.side === 'external' ? 1 : 0;
  });
  return { indexOf, external, ...rankByName(parties) };
}

// Plain code-unit comparison, not localeCompare: it is locale-independent (same answer on every
// machine) and fast enough for 100,000 names.
function rankByName(parties: readonly ImpactParty[]): { nameRank: Int32Array; nameOrder: Int32Array } {
  const folded = parties.map((party) => party.name.toLowerCase());
  const order = Array.from(parties.keys());
  order.sort((a, b) => {
    const fa = folded[a]!;
    const fb = folded[b]!;
    if (fa !== fb) return fa < fb ? -1 : 1;
    const pa = parties[a]!;
    const pb = parties[b]!;
    if (pa.name !== pb.name) return pa.name < pb.name ? -1 : 1;
    return pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0;
  });
  const rank = new Int32Array(parties.length);
  order.forEach((partyIndex, position) => {
    rank[partyIndex] = position;
  });
  return { nameRank: rank, nameOrder: Int32Array.from(order) };
}
