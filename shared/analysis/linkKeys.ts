// The random key of every dependency pair (futureRandom.linkKey of its two parties' ids), made
// when a simulation first needs it and kept with the compiled network: the criticality ranking
// simulates every party's withdrawal and would otherwise hash the same ids thousands of times.
import type { CompiledNetwork } from './compileNetwork';
import { linkKey } from './futureRandom';

type KeyedNetwork = Pick<CompiledNetwork, 'network' | 'pairDependent' | 'pairProvider'>;

interface KeyTable {
  readonly keys: Int32Array;
  readonly made: Uint8Array;
}

const tables = new WeakMap<KeyedNetwork, Map<number, KeyTable>>();

export function linkKeys(compiled: KeyedNetwork, seed: number): (pair: number) => number {
  let bySeed = tables.get(compiled);
  if (!bySeed) tables.set(compiled, (bySeed = new Map()));
  let table = bySeed.get(seed);
  if (!table) {
    const pairs = compiled.pairDependent.length;
    table = { keys: new Int32Array(pairs), made: new Uint8Array(pairs) };
    bySeed.set(seed, table);
  }
  const { keys, made } = table;
  const parties = compiled.network.parties;
  return (pair) => {
    if (!made[pair]) {
      keys[pair] = linkKey(parties[compiled.pairDependent[pair]!]!.id, parties[compiled.pairProvider[pair]!]!.id, seed);
      made[pair] = 1;
    }
    return keys[pair]!;
  };
}
