// Compressed adjacency lists (CSR) over party indices, each neighbour listed once: the metrics
// count parallel relationships once (DESIGN.md, issue 11: "parallel relationships count once").
export interface Adjacency {
  /** Neighbours of node v are neighbours[offsets[v] … offsets[v + 1]). */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** The arcs from[i] → to[i] of n nodes as adjacency lists, repeated arcs once. */
export function adjacency(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Adjacency {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) start[from[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, n);
  const raw = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) raw[cursor[from[i]!]!++] = to[i]!;

  // A neighbour already taken for node v carries the stamp v + 1.
  const stamp = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const kept = new Int32Array(from.length);
  let size = 0;
  for (let v = 0; v < n; v++) {
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const w = raw[k]!;
      if (stamp[w] === v + 1) continue;
      stamp[w] = v + 1;
      kept[size++] = w;
    }
    offsets[v + 1] = size;
  }
  return { offsets, neighbours: kept.slice(0, size) };
}

/** The same arcs read both ways: the undirected network. */
export function undirected(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Adjacency {
  const both = from.length * 2;
  const a = new Int32Array(both);
  const b = new Int32Array(both);
  for (let i = 0; i < from.length; i++) {
    a[2 * i] = from[i]!;
    b[2 * i] = to[i]!;
    a[2 * i + 1] = to[i]!;
    b[2 * i + 1] = from[i]!;
  }
  return adjacency(n, a, b);
}

export function degree(list: Adjacency, v: number): number {
  return list.offsets[v + 1]! - list.offsets[v]!;
}
