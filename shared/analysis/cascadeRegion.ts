// The part of the network a withdrawal can touch (DESIGN.md §4.2), cut into pieces that can be
// solved on their own.
//
// - Certain: parties reached from W through links with d = 1 only. They lose what they need in
//   every future.
// - Uncertain: the other parties some chain of d > 0 links reaches. Their fate depends on which
//   links pass the loss on.
// - Components: the uncertain parties grouped by the links between them (ignoring direction).
//   Two components share no uncertain link — they meet only at certain parties, which are lost
//   anyway — so their fates are independent and each can be solved by the cheapest exact method
//   that fits it, or by sampling.
//
// A "root link" carries a loss from a withdrawn or certain party into an uncertain one; an
// "inner link" joins two uncertain parties.
import type { CompiledNetwork } from './compileNetwork';

export type CascadeGraph = Pick<CompiledNetwork, 'partyCount' | 'dependentsOffsets' | 'dependentsPairs' | 'pairDependent' | 'pairProvider' | 'pairWeight'>;

export const PARTY_UNTOUCHED = 0;
export const PARTY_WITHDRAWN = 1;
export const PARTY_CERTAIN = 2;
export const PARTY_UNCERTAIN = 3;

export interface CascadeRegion {
  /** One of the PARTY_ constants per party of the network. */
  readonly state: Uint8Array;
  /** The withdrawn parties and those certain to lose what they need (network indices). */
  readonly sure: Int32Array;
  /** The uncertain parties (network indices), numbered locally 0 … u − 1. */
  readonly nodes: Int32Array;
  /** Network index → local number, or -1. */
  readonly localOf: Int32Array;
  /** Inner links by provider: innerPair/innerDependent[innerOffsets[b] … innerOffsets[b + 1]). */
  readonly innerOffsets: Int32Array;
  readonly innerPair: Int32Array;
  readonly innerDependent: Int32Array;
  /** Root links: the network pair and the local dependent. */
  readonly rootPair: Int32Array;
  readonly rootDependent: Int32Array;
  /** Components: members (local numbers) at componentMembers[componentOffsets[c] … componentOffsets[c + 1]). */
  readonly componentOffsets: Int32Array;
  readonly componentMembers: Int32Array;
  readonly componentOf: Int32Array;
}

export function cascadeRegion(graph: CascadeGraph, withdrawn: ArrayLike<number>): CascadeRegion {
  const n = graph.partyCount;
  const { dependentsOffsets, dependentsPairs, pairDependent, pairWeight } = graph;
  const state = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < withdrawn.length; i++) {
    const w = withdrawn[i]!;
    if (state[w] !== PARTY_UNTOUCHED) continue;
    state[w] = PARTY_WITHDRAWN;
    queue[tail++] = w;
  }
  // Certain parties first (only d = 1 links), so that an uncertain party is never one that a
  // later, certain chain would have claimed.
  for (let head = 0; head < tail; head++) {
    const b = queue[head]!;
    for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const a = pairDependent[pair]!;
      if (state[a] !== PARTY_UNTOUCHED || pairWeight[pair]! < 1) continue;
      state[a] = PARTY_CERTAIN;
      queue[tail++] = a;
    }
  }
  const lostForSure = tail;
  for (let head = 0; head < tail; head++) {
    const b = queue[head]!;
    for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const a = pairDependent[pair]!;
      if (state[a] !== PARTY_UNTOUCHED || !(pairWeight[pair]! > 0)) continue;
      state[a] = PARTY_UNCERTAIN;
      queue[tail++] = a;
    }
  }
  const nodes = queue.slice(lostForSure, tail);
  const localOf = new Int32Array(n).fill(-1);
  nodes.forEach((node, local) => {
    localOf[node] = local;
  });
  const sure = queue.slice(0, lostForSure);
  return { state, sure, nodes, localOf, ...collectLinks(graph, sure, nodes, localOf) };
}

function collectLinks(graph: CascadeGraph, lost: Int32Array, nodes: Int32Array, localOf: Int32Array) {
  const { dependentsOffsets, dependentsPairs, pairDependent, pairWeight } = graph;
  const rootPair: number[] = [];
  const rootDependent: number[] = [];
  for (const b of lost) {
    for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const a = localOf[pairDependent[pair]!]!;
      if (a < 0 || !(pairWeight[pair]! > 0)) continue;
      rootPair.push(pair);
      rootDependent.push(a);
    }
  }
  const u = nodes.length;
  const innerOffsets = new Int32Array(u + 1);
  const innerPair: number[] = [];
  const innerDependent: number[] = [];
  const parent = Int32Array.from({ length: u }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) [x, parent[x]] = [parent[x]!, root];
    return root;
  };
  for (let b = 0; b < u; b++) {
    const node = nodes[b]!;
    for (let q = dependentsOffsets[node]!, end = dependentsOffsets[node + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const a = localOf[pairDependent[pair]!]!;
      if (a < 0 || !(pairWeight[pair]! > 0)) continue;
      innerPair.push(pair);
      innerDependent.push(a);
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    innerOffsets[b + 1] = innerPair.length;
  }
  return {
    innerOffsets,
    innerPair: Int32Array.from(innerPair),
    innerDependent: Int32Array.from(innerDependent),
    rootPair: Int32Array.from(rootPair),
    rootDependent: Int32Array.from(rootDependent),
    ...groupComponents(u, find),
  };
}

// Components numbered by their smallest member, members in ascending local order.
function groupComponents(u: number, find: (x: number) => number) {
  const componentOf = new Int32Array(u);
  const numberOfRoot = new Int32Array(u).fill(-1);
  let count = 0;
  for (let x = 0; x < u; x++) {
    const root = find(x);
    if (numberOfRoot[root] === -1) numberOfRoot[root] = count++;
    componentOf[x] = numberOfRoot[root]!;
  }
  const componentOffsets = new Int32Array(count + 1);
  for (let x = 0; x < u; x++) componentOffsets[componentOf[x]! + 1]!++;
  for (let c = 0; c < count; c++) componentOffsets[c + 1]! += componentOffsets[c]!;
  const fill = componentOffsets.slice(0, count);
  const componentMembers = new Int32Array(u);
  for (let x = 0; x < u; x++) componentMembers[fill[componentOf[x]!]!++] = x;
  return { componentOffsets, componentMembers, componentOf };
}
