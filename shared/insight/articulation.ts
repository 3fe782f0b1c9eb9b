// Articulation points (cut vertices) of an undirected network, by Hopcroft and Tarjan's
// depth-first search, run iteratively so a long chain of parties cannot overflow the stack. The
// search numbers parties in preorder, so each party's search subtree is one range of numbers;
// that lets cutOff() say which parties a cut vertex would separate without searching again.
import type { Adjacency } from './adjacency';

export interface Articulation {
  readonly isCut: Uint8Array;
  /** The pieces a cut vertex's removal leaves, smallest first, all but the largest: how many and a few of them. */
  cutOff(v: number, sampleSize: number): { count: number; sample: number[] };
}

export function articulation(n: number, links: Adjacency): Articulation {
  const { offsets, neighbours } = links;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const cursor = offsets.slice(0, n);
  const preorder = new Int32Array(n);
  const root = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let r = 0; r < n; r++) {
    if (disc[r] !== -1) continue;
    let top = 0;
    stack[0] = r;
    disc[r] = low[r] = time;
    preorder[time++] = r;
    while (top >= 0) {
      const v = stack[top]!;
      root[v] = r;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = neighbours[cursor[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time;
          preorder[time++] = w;
          stack[++top] = w;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          // Each neighbour is listed once, so skipping the parent skips exactly the tree link.
          low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      size[v] = time - disc[v]!;
      const p = parent[v]!;
      if (p !== -1 && low[v]! < low[p]!) low[p] = low[v]!;
    }
  }

  // A child c of p is cut off by removing p when nothing in c's subtree reaches above p.
  const separates = (c: number) => parent[c] !== -1 && low[c]! >= disc[parent[c]!]!;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) if (parent[v] !== -1) children[parent[v]!]!.push(v);
  const isCut = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const separated = children[v]!.filter(separates).length;
    isCut[v] = (parent[v] === -1 ? separated >= 2 : separated >= 1) ? 1 : 0;
  }

  const range = (c: number) => ({ from: disc[c]!, to: disc[c]! + size[c]! });

  function cutOff(v: number, sampleSize: number): { count: number; sample: number[] } {
    if (!isCut[v]) return { count: 0, sample: [] };
    const cut = children[v]!.filter(separates);
    const attached = children[v]!.filter((c) => !separates(c));
    const component = range(root[v]!);
    // What stays joined to v's own parent: the component outside v's subtree, plus the subtrees
    // of v's children that reach above v.
    const restSize = parent[v] === -1 ? 0 : component.to - component.from - size[v]! + attached.reduce((sum, c) => sum + size[c]!, 0);
    const pieces: { size: number; members: (limit: number) => number[] }[] = cut.map((c) => ({
      size: size[c]!,
      members: (limit) => Array.from(preorder.subarray(disc[c]!, Math.min(disc[c]! + size[c]!, disc[c]! + limit))),
    }));
    if (restSize > 0) {
      pieces.push({
        size: restSize,
        members: (limit) => {
          const found: number[] = [];
          const own = range(v);
          for (let i = component.from; i < component.to && found.length < limit; i = i === own.from - 1 ? own.to : i + 1) {
            if (i < own.from || i >= own.to) found.push(preorder[i]!);
          }
          for (const c of attached) {
            if (found.length >= limit) break;
            found.push(...preorder.subarray(disc[c]!, Math.min(disc[c]! + size[c]!, disc[c]! + limit - found.length)));
          }
          return found;
        },
      });
    }
    pieces.sort((a, b) => a.size - b.size);
    pieces.pop();
    const sample: number[] = [];
    let count = 0;
    for (const piece of pieces) {
      count += piece.size;
      if (sample.length < sampleSize) sample.push(...piece.members(sampleSize - sample.length));
    }
    return { count, sample };
  }

  return { isCut, cutOff };
}
