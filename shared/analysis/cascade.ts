// The cascade of DESIGN.md §4.2–4.3: I(A), the chance that a loss reaches A along dependency
// pairs that each pass it on independently with chance d(A←B), every party lost at most once.
//
// Exact where that is cheap (see exactComponents.ts), sampled elsewhere: futures are simulated
// 256 at a time until every sampled party's 95% margin is within `precision`. The futures are
// also what the range of outcomes (§4.5) is read from, so at least `minFutures` are simulated
// whenever anyone's fate is uncertain. A caller that must stay responsive calls `step` with a
// deadline and reads `estimate()` in between: the estimate sharpens as futures accumulate.
import { cascadeRegion, PARTY_CERTAIN } from './cascadeRegion';
import type { CascadeGraph, CascadeRegion } from './cascadeRegion';
import { solveExactly } from './exactComponents';
import type { ExactBudget } from './exactComponents';
import type { ExactSolution } from './exactComponents';
import { FutureSampler } from './futureSampler';
import type { LinkWordCache } from './futureSampler';
import { chanceMargin, meanMargin, outcomeRange } from './sampleStatistics';
import type { OutcomeRange } from './sampleStatistics';

export interface CascadeSettings {
  /** Largest 95% margin allowed on any party's chance. */
  readonly precision: number;
  /** Fewest futures simulated when anyone's fate is uncertain: the range of outcomes is read from them. */
  readonly minFutures: number;
  /** Most futures simulated, whatever the precision reached. */
  readonly maxFutures: number;
  /** Whether the range of outcomes is wanted (the criticality ranking needs only the chances). */
  readonly outcomes: boolean;
  /** False samples every party, even where an exact answer is cheap: for tests of the sampler. */
  readonly exact?: boolean;
}

export interface CascadeEstimate {
  /** I per party: 1 for withdrawn parties and those certain to lose, 0 for those out of reach. */
  readonly impact: Float64Array;
  /** 95% margin per party; 0 where the chance is exact. */
  readonly margin: Float64Array;
  readonly futures: number;
  /** Largest margin of any party. */
  readonly largestMargin: number;
  /** Everyone's chance exact (futures then serve the range of outcomes only). */
  readonly exact: boolean;
  readonly everyone: OutcomeRange | null;
  readonly external: OutcomeRange | null;
}

const NOTHING_EXACT: ExactBudget = { perComponent: -1, total: -1, trees: false };

export class Cascade {
  readonly #graph: CascadeGraph;
  readonly #external: Uint8Array;
  readonly #settings: CascadeSettings;
  readonly #region: CascadeRegion;
  readonly #exact: ExactSolution;
  readonly #sampler: FutureSampler | null;
  /** Local parties whose component is sampled. */
  readonly #sampled: Int32Array;

  constructor(
    graph: CascadeGraph,
    external: Uint8Array,
    withdrawn: ArrayLike<number>,
    keyOf: (pair: number) => number,
    settings: CascadeSettings,
    sharedCache?: LinkWordCache,
  ) {
    this.#graph = graph;
    this.#external = external;
    this.#settings = settings;
    this.#region = cascadeRegion(graph, withdrawn);
    this.#exact = solveExactly(graph, this.#region, settings.exact === false ? NOTHING_EXACT : undefined);
    const { componentOf } = this.#region;
    this.#sampled = Int32Array.from(this.#region.nodes.keys()).filter((a) => !this.#exact.solved[componentOf[a]!]);
    const needsFutures = this.#sampled.length > 0 || (settings.outcomes && this.#region.nodes.length > 0);
    this.#sampler = needsFutures ? new FutureSampler(graph, this.#region, keyOf, external, sharedCache) : null;
  }

  get done(): boolean {
    const sampler = this.#sampler;
    if (!sampler) return true;
    if (sampler.futures >= this.#settings.maxFutures) return true;
    if (sampler.futures < this.#settings.minFutures) return false;
    return this.#largestSampledMargin() <= this.#settings.precision;
  }

  /** Simulates futures until done or until `deadline` (a performance.now() time) has passed. */
  step(deadline = Infinity): boolean {
    while (!this.done) {
      this.#sampler!.round();
      if (performance.now() >= deadline) break;
    }
    return this.done;
  }

  /** Futures simulated so far, and the largest margin of a sampled chance: cheap, for progress. */
  progress(): { futures: number; largestMargin: number } {
    const futures = this.#sampler?.futures ?? 0;
    return { futures, largestMargin: this.#sampler && this.#sampled.length > 0 ? this.#largestSampledMargin() : 0 };
  }

  /** Simulates one more round of futures unless done. */
  advance(): void {
    if (!this.done) this.#sampler!.round();
  }

  estimate(): CascadeEstimate {
    const n = this.#graph.partyCount;
    const { state, nodes } = this.#region;
    const impact = new Float64Array(n);
    const margin = new Float64Array(n);
    let certainInternal = 0;
    let certainExternal = 0;
    for (const i of this.#region.sure) {
      impact[i] = 1;
      if (state[i] !== PARTY_CERTAIN) continue;
      if (this.#external[i]) certainExternal++;
      else certainInternal++;
    }
    const sampler = this.#sampler;
    const futures = sampler?.futures ?? 0;
    let expectedInternal = certainInternal;
    let expectedExternal = certainExternal;
    let largestMargin = 0;
    nodes.forEach((node, a) => {
      const solved = this.#exact.solved[this.#region.componentOf[a]!];
      const chance = solved ? this.#exact.chance[a]! : sampler!.lostCount[a]! / Math.max(1, futures);
      impact[node] = chance;
      margin[node] = solved ? 0 : chanceMargin(sampler!.lostCount[a]!, futures);
      largestMargin = Math.max(largestMargin, margin[node]!);
      if (this.#external[node]) expectedExternal += chance;
      else expectedInternal += chance;
    });
    const exact = this.#sampled.length === 0;
    const ranges = this.#settings.outcomes ? this.#ranges(exact, expectedInternal, expectedExternal, certainInternal, certainExternal) : null;
    return { impact, margin, futures, largestMargin, exact, everyone: ranges?.everyone ?? null, external: ranges?.external ?? null };
  }

  #ranges(exact: boolean, expectedInternal: number, expectedExternal: number, certainInternal: number, certainExternal: number) {
    const internal = this.#sampler?.outcomes.internal ?? [];
    const external = this.#sampler?.outcomes.external ?? [];
    const everyoneCounts = internal.map((count, future) => certainInternal + certainExternal + count + external[future]!);
    const externalCounts = external.map((count) => certainExternal + count);
    // With sampled parties the expected counts carry the sampling error of the whole count per
    // future: a little wider than the sampled parties' share alone, never narrower.
    return {
      everyone: outcomeRange(expectedInternal + expectedExternal, exact ? 0 : meanMargin(everyoneCounts), everyoneCounts),
      external: outcomeRange(expectedExternal, exact ? 0 : meanMargin(externalCounts), externalCounts),
    };
  }

  /** Calls `visit` for every party that may lose what it needs (withdrawn parties aside), with its chance. */
  forEachChance(visit: (party: number, chance: number) => void): void {
    const { state, nodes, componentOf } = this.#region;
    const sampler = this.#sampler;
    for (const i of this.#region.sure) if (state[i] === PARTY_CERTAIN) visit(i, 1);
    nodes.forEach((node, a) => {
      visit(node, this.#exact.solved[componentOf[a]!] ? this.#exact.chance[a]! : sampler!.lostCount[a]! / sampler!.futures);
    });
  }

  /** 95% margin of the harm Σ I × weight over the parties lost (external customers weighing `externalWeight`). */
  harmMargin(externalWeight: number): number {
    const sampler = this.#sampler;
    if (!sampler || this.#sampled.length === 0) return 0;
    const { internal, external } = sampler.outcomes;
    return meanMargin(internal.map((count, future) => count + externalWeight * external[future]!));
  }

  #largestSampledMargin(): number {
    const sampler = this.#sampler!;
    let largest = 0;
    for (const a of this.#sampled) largest = Math.max(largest, chanceMargin(sampler.lostCount[a]!, sampler.futures));
    return largest;
  }
}
