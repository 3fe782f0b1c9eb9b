// A min-heap of (key, tie, item) entries on typed arrays, ordered by key then tie, for Dijkstra
// on up to millions of edges without allocating an object per entry. Grows by doubling.

export class MinHeap {
  private keys: Float64Array;
  private ties: Int32Array;
  private items: Int32Array;
  private length = 0;

  constructor(capacity = 16) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.ties = new Int32Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.length;
  }

  push(key: number, tie: number, item: number): void {
    if (this.length === this.keys.length) this.grow();
    let hole = this.length++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (!precedes(key, tie, this.keys[parent]!, this.ties[parent]!)) break;
      this.move(parent, hole);
      hole = parent;
    }
    this.put(hole, key, tie, item);
  }

  /** The smallest entry's key and tie; only valid when size > 0. */
  peekKey(): number {
    return this.keys[0]!;
  }

  peekTie(): number {
    return this.ties[0]!;
  }

  /** Removes the smallest entry and returns its item; only valid when size > 0. */
  pop(): number {
    const top = this.items[0]!;
    const length = --this.length;
    const key = this.keys[length]!;
    const tie = this.ties[length]!;
    const item = this.items[length]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= length) break;
      if (child + 1 < length && precedes(this.keys[child + 1]!, this.ties[child + 1]!, this.keys[child]!, this.ties[child]!)) child++;
      if (!precedes(this.keys[child]!, this.ties[child]!, key, tie)) break;
      this.move(child, hole);
      hole = child;
    }
    this.put(hole, key, tie, item);
    return top;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.ties[to] = this.ties[from]!;
    this.items[to] = this.items[from]!;
  }

  private put(at: number, key: number, tie: number, item: number): void {
    this.keys[at] = key;
    this.ties[at] = tie;
    this.items[at] = item;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Float64Array(size);
    const ties = new Int32Array(size);
    const items = new Int32Array(size);
    keys.set(this.keys);
    ties.set(this.ties);
    items.set(this.items);
    this.keys = keys;
    this.ties = ties;
    this.items = items;
  }
}

function precedes(key: number, tie: number, otherKey: number, otherTie: number): boolean {
  return key < otherKey || (key === otherKey && tie < otherTie);
}
