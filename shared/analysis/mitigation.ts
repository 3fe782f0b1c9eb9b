// DESIGN.md §4.11: for each thing a disrupted party lost, the other parties that already provide
// it to someone, ranked by the disrupted party's trust in them (unstated trust counts as the
// neutral 3), then by their own impact (unaffected first), then by name.
//
// Most candidates have unstated trust, and among those the order (impact, name) is the same for
// every disrupted party; so per simulation each item keeps one short, lazily extended list of
// its best providers in that order, and parties whose answer is just the head of that list share
// one candidate array. The per-party path is written with plain loops: on a large network it
// runs hundreds of thousands of times.
import { NEUTRAL_TRUST } from './modelConstants';
import type { CompiledNetwork } from './compileNetwork';
import { bestProvidersFinder } from './bestProviders';
import { lostSupportFinder } from './lostSupport';
import type { LostSupportItem } from './lostSupport';
import { includesSorted } from './mitigationIndex';
import type { LostItem } from './mitigationIndex';

export interface MitigationCandidate {
  readonly id: string;
  readonly name: string;
  /** The disrupted party's trust in this candidate; 3 when it has stated none. */
  readonly trust: number;
  readonly trustStated: boolean;
  readonly impact: number;
}

export interface Mitigation {
  readonly lost: LostItem;
  /** Ids of the withdrawn or affected parties it came from. */
  readonly from: readonly string[];
  readonly severity: number;
  readonly candidates: readonly MitigationCandidate[];
}

export interface MitigationContext {
  readonly impact: Float64Array;
  readonly isWithdrawn: Uint8Array;
  readonly affectedThreshold: number;
  readonly maxCandidates: number;
}

interface PoolEntry {
  readonly at: number;
  readonly trust: number;
  readonly stated: boolean;
}

/** Returns a planner that answers for one disrupted party at a time, sharing work across them. */
export function mitigationPlanner(compiled: CompiledNetwork, context: MitigationContext): (party: number) => Mitigation[] {
  const { impact, isWithdrawn, maxCandidates: limit } = context;
  const index = compiled.providers;
  const { nameRank, trustOffsets, trustTarget, trustLevel } = compiled;
  const parties = compiled.network.parties;
  const byImpactThenName = (a: number, b: number) => impact[a]! - impact[b]! || nameRank[a]! - nameRank[b]!;
  const byName = (a: number, b: number) => nameRank[a]! - nameRank[b]!;
  const byRank = (a: PoolEntry, b: PoolEntry) => b.trust - a.trust || byImpactThenName(a.at, b.at);
  const bestProviders = bestProvidersFinder(index.itemProviders, isWithdrawn, byImpactThenName);
  const lostSupport = lostSupportFinder(compiled, index, context);
  const neutral: Array<MitigationCandidate | undefined> = [];
  const sharedHead: Array<readonly MitigationCandidate[] | undefined> = [];

  const neutralCandidate = (at: number): MitigationCandidate =>
    (neutral[at] ??= { id: parties[at]!.id, name: parties[at]!.name, trust: NEUTRAL_TRUST, trustStated: false, impact: impact[at]! });

  const statedTrust = (party: number, providers: Int32Array, from: readonly number[]): PoolEntry[] => {
    const pool: PoolEntry[] = [];
    for (let t = trustOffsets[party]!, end = trustOffsets[party + 1]!; t < end; t++) {
      const at = trustTarget[t]!;
      if (isWithdrawn[at] || at === party || from.includes(at) || !includesSorted(providers, at)) continue;
      let sum = 0;
      let count = 0;
      for (let u = trustOffsets[party]!; u < end; u++) {
        if (trustTarget[u] !== at) continue;
        sum += trustLevel[u]!;
        count++;
      }
      if (!containsParty(pool, at)) pool.push({ at, trust: sum / count, stated: true });
    }
    return pool;
  };

  const candidatesFor = (party: number, { item, from }: LostSupportItem): readonly MitigationCandidate[] => {
    const pool = statedTrust(party, index.itemProviders[item]!, from);
    const best = bestProviders(item, limit + 1 + from.length + pool.length);
    if (pool.length === 0 && !headExcludes(best, limit, party, from)) {
      let head = sharedHead[item];
      if (head === undefined) {
        const made: MitigationCandidate[] = [];
        for (let k = 0; k < limit && k < best.length; k++) made.push(neutralCandidate(best[k]!));
        sharedHead[item] = head = made;
      }
      return head;
    }
    // `best` is already in (impact, name) order, so the first `limit` usable ones suffice.
    for (let k = 0, added = 0; k < best.length && added < limit; k++) {
      const at = best[k]!;
      if (at === party || from.includes(at) || containsParty(pool, at)) continue;
      pool.push({ at, trust: NEUTRAL_TRUST, stated: false });
      added++;
    }
    pool.sort(byRank);
    const chosen: MitigationCandidate[] = [];
    for (let k = 0; k < limit && k < pool.length; k++) {
      const { at, trust, stated } = pool[k]!;
      chosen.push(stated ? { id: parties[at]!.id, name: parties[at]!.name, trust, trustStated: true, impact: impact[at]! } : neutralCandidate(at));
    }
    return chosen;
  };

  return (party) => {
    const plan: Mitigation[] = [];
    for (const entry of lostSupport(party)) {
      // A stand-in for an ended agreement reads as the party that provided it (§4.9).
      const from = new Set(entry.from.sort(byName).map((at) => parties[at]!.standsFor ?? parties[at]!.id));
      plan.push({ lost: index.itemLost[entry.item]!, from: [...from], severity: entry.severity, candidates: candidatesFor(party, entry) });
    }
    return plan;
  };
}

function containsParty(pool: readonly PoolEntry[], at: number): boolean {
  for (const entry of pool) if (entry.at === at) return true;
  return false;
}

function headExcludes(best: readonly number[], limit: number, party: number, from: readonly number[]): boolean {
  for (let k = 0; k < limit && k < best.length; k++) if (best[k] === party || from.includes(best[k]!)) return true;
  return false;
}
