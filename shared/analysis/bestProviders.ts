// The first k providers of an item in a fixed order, found with one bounded pass over the
// providers and remembered for the rest of the simulation; asking for more than was found
// redoes the pass with at least twice as many.

export function bestProvidersFinder(
  itemProviders: readonly Int32Array[],
  isWithdrawn: Uint8Array,
  compare: (a: number, b: number) => number,
): (item: number, needed: number) => readonly number[] {
  const found: Array<{ best: number[]; complete: boolean } | undefined> = [];
  return (item, needed) => {
    const known = found[item];
    if (known !== undefined && (known.complete || known.best.length >= needed)) return known.best;
    const size = Math.max(needed, 2 * (known?.best.length ?? 0), 16);
    const best: number[] = [];
    let eligible = 0;
    for (const provider of itemProviders[item]!) {
      if (isWithdrawn[provider]) continue;
      eligible++;
      if (best.length === size && compare(provider, best[size - 1]!) >= 0) continue;
      let at = Math.min(best.length, size - 1);
      while (at > 0 && compare(provider, best[at - 1]!) < 0) at--;
      best.splice(at, 0, provider);
      if (best.length > size) best.pop();
    }
    found[item] = { best, complete: eligible <= size };
    return best;
  };
}
