// Linear-time grouping of edges by an integer key (a party index). Counting sort keeps the
// relative order of equal keys, which lets two passes sort by (dependent, provider) in O(m + n).

/** CSR offsets: items with key k sit at [offsets[k], offsets[k + 1]) once sorted by key. */
export function offsetsForKeys(keys: Int32Array, keyCount: number): Int32Array {
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) offsets[keys[i]! + 1]! += 1;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  return offsets;
}

/**
 * The items of `order` (indices into `keys`), rearranged stably by their key.
 * Without `order`, the items are 0 … keys.length − 1.
 */
export function stableSortByKey(keys: Int32Array, keyCount: number, order?: Int32Array): Int32Array {
  const offsets = offsetsForKeys(keys, keyCount);
  const cursor = offsets.slice(0, keyCount);
  const sorted = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const item = order === undefined ? i : order[i]!;
    const key = keys[item]!;
    sorted[cursor[key]!] = item;
    cursor[key]! += 1;
  }
  return sorted;
}
