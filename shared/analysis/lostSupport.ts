// What a disrupted party lost (DESIGN.md §4.11): each service it relies on and each resource kind
// it receives from a provider that withdrew or is itself affected.
import type { CompiledNetwork } from './compileNetwork';
import type { ProviderIndex } from './mitigationIndex';

export interface LostSupportItem {
  readonly item: number;
  /** Indices of the providers it came from. */
  readonly from: number[];
  /** The largest impact among those providers (1 when one withdrew). */
  severity: number;
}

export interface LostSupportContext {
  readonly impact: Float64Array;
  readonly isWithdrawn: Uint8Array;
  readonly affectedThreshold: number;
}

/** Returns a finder for one party at a time; most severe loss first, then in item order. */
export function lostSupportFinder(
  compiled: CompiledNetwork,
  index: ProviderIndex,
  { impact, isWithdrawn, affectedThreshold }: LostSupportContext,
): (party: number) => LostSupportItem[] {
  const { dependsOffsets, pairProvider, reasonOffsets } = compiled;
  const { reasonItem, itemRank } = index;
  const slot = new Int32Array(index.itemLost.length).fill(-1);
  const mostSevereFirst = (a: LostSupportItem, b: LostSupportItem) => b.severity - a.severity || itemRank[a.item]! - itemRank[b.item]!;

  return (party) => {
    const items: LostSupportItem[] = [];
    for (let p = dependsOffsets[party]!, end = dependsOffsets[party + 1]!; p < end; p++) {
      const provider = pairProvider[p]!;
      if (!isWithdrawn[provider] && !(impact[provider]! >= affectedThreshold)) continue;
      for (let r = reasonOffsets[p]!, stop = reasonOffsets[p + 1]!; r < stop; r++) {
        const item = reasonItem[r]!;
        let entry = slot[item] === -1 ? undefined : items[slot[item]!];
        if (entry === undefined) {
          slot[item] = items.length;
          entry = { item, from: [], severity: 0 };
          items.push(entry);
        }
        if (!entry.from.includes(provider)) entry.from.push(provider);
        if (impact[provider]! > entry.severity) entry.severity = impact[provider]!;
      }
    }
    for (const entry of items) slot[entry.item] = -1;
    return items.sort(mostSevereFirst);
  };
}
