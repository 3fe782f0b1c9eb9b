// Simulated futures of a cascade (DESIGN.md §4.2–4.3), 256 at a time, bit-parallel: each
// uncertain party holds 8 words whose bits say in which of the round's 256 futures it has lost
// what it needs. A loss moves along a link as `lost[provider] & live(link)`, and a party is
// revisited only when it gains new futures, so a loop of mutual reliance cannot pass a loss
// around more than once per future (each party is lost at most once in each).
//
// Only the region a withdrawal can reach is walked. A link's live bits for a round are drawn
// once, the first time some future needs them, and kept for the round (see futureRandom.ts for
// why they must not be drawn twice).
import type { CascadeGraph, CascadeRegion } from './cascadeRegion';
import { bernoulliWord, bitCount } from './futureRandom';

// Imported functions are read through locals: some loaders (tsx's CommonJS interop, used by the
// command line) turn each read of an imported binding into a getter call, which shows in a loop
// that runs a hundred million times.
const drawWord = bernoulliWord;
const countBits = bitCount;

/** 32-bit words per party in one round. */
const WORDS = 8;
export const FUTURES_PER_ROUND = WORDS * 32;

/**
 * The links' words of the current round, drawn once and kept. A sampler keeps its own, numbered
 * by its region's links; the criticality ranking gives every party's sampler one shared cache
 * numbered by network pair, so the many simulations of one round draw each link's words once.
 */
export class LinkWordCache {
  readonly words: Int32Array;
  readonly round: Int32Array;
  readonly made: Uint8Array;

  constructor(slots: number) {
    this.words = new Int32Array(slots * WORDS);
    this.round = new Int32Array(slots).fill(-1);
    this.made = new Uint8Array(slots);
  }
}

export interface SampledOutcomes {
  /** Per sampled future, how many uncertain internal parties lost what they need. */
  readonly internal: number[];
  /** The same for external customers (patients, clients, families). */
  readonly external: number[];
}

export class FutureSampler {
  /** Futures sampled so far. */
  futures = 0;
  /** Per local party: in how many of those futures it lost what it needs. */
  readonly lostCount: Float64Array;
  readonly outcomes: SampledOutcomes = { internal: [], external: [] };

  readonly #graph: CascadeGraph;
  readonly #region: CascadeRegion;
  readonly #rootKey: Int32Array;
  readonly #innerKey: Int32Array;
  readonly #external: Uint8Array;
  readonly #lost: Int32Array;
  readonly #queue: Int32Array;
  readonly #queued: Uint8Array;
  readonly #cache: LinkWordCache;
  /** Per inner link, its slot in the cache. */
  readonly #slot: Int32Array;
  readonly #planeCount: number;
  readonly #planes: Int32Array;

  /**
   * @param keyOf the random key of a network pair (futureRandom.linkKey of its two ids)
   * @param external 1 for external customers, by network index
   * @param sharedCache a cache numbered by network pair, shared by samplers that step in unison
   */
  constructor(graph: CascadeGraph, region: CascadeRegion, keyOf: (pair: number) => number, external: Uint8Array, sharedCache?: LinkWordCache) {
    const u = region.nodes.length;
    this.#graph = graph;
    this.#region = region;
    this.#rootKey = region.rootPair.map(keyOf);
    this.#innerKey = region.innerPair.map(keyOf);
    this.#external = Uint8Array.from(region.nodes, (node) => external[node]!);
    this.lostCount = new Float64Array(u);
    this.#lost = new Int32Array(u * WORDS);
    this.#queue = new Int32Array(u);
    this.#queued = new Uint8Array(u);
    const links = region.innerPair.length;
    this.#cache = sharedCache ?? new LinkWordCache(links);
    this.#slot = sharedCache ? region.innerPair : Int32Array.from({ length: links }, (_, k) => k);
    // Bit-sliced counters, one set for internal and one for external parties: plane l holds bit
    // l of each future's count, so adding a party's word costs a carry chain, not 32 additions.
    this.#planeCount = Math.max(1, Math.ceil(Math.log2(u + 1)));
    this.#planes = new Int32Array(2 * WORDS * this.#planeCount);
  }

  /** Samples FUTURES_PER_ROUND more futures. */
  round(): void {
    const round = this.futures / FUTURES_PER_ROUND;
    const firstBlock = round * WORDS;
    const region = this.#region;
    const { innerOffsets, innerDependent, innerPair, rootPair, rootDependent } = region;
    const weight = this.#graph.pairWeight;
    const lost = this.#lost;
    const queue = this.#queue;
    const queued = this.#queued;
    const { words: mask, round: maskRound, made: maskWords } = this.#cache;
    const slotOf = this.#slot;
    const innerKey = this.#innerKey;
    const rootKey = this.#rootKey;
    const u = region.nodes.length;
    lost.fill(0);
    let head = 0;
    let tail = 0;
    let waiting = 0;
    for (let k = 0; k < rootPair.length; k++) {
      const a = rootDependent[k]!;
      const d = weight[rootPair[k]!]!;
      let any = 0;
      for (let w = 0; w < WORDS; w++) {
        const live = drawWord(rootKey[k]!, firstBlock + w, d);
        lost[a * WORDS + w]! |= live;
        any |= live;
      }
      if (any === 0 || queued[a]) continue;
      queued[a] = 1;
      queue[tail] = a;
      tail = tail + 1 === u ? 0 : tail + 1;
      waiting++;
    }
    while (waiting > 0) {
      const b = queue[head]!;
      head = head + 1 === u ? 0 : head + 1;
      waiting--;
      queued[b] = 0;
      const bBase = b * WORDS;
      for (let k = innerOffsets[b]!, end = innerOffsets[b + 1]!; k < end; k++) {
        const a = innerDependent[k]!;
        const aBase = a * WORDS;
        let gained = 0;
        let slot = -1;
        for (let w = 0; w < WORDS; w++) {
          const need = lost[bBase + w]! & ~lost[aBase + w]!;
          if (need === 0) continue;
          // The link's word for this round, drawn the first time any future needs it.
          if (slot < 0) {
            slot = slotOf[k]!;
            if (maskRound[slot] !== round) {
              maskRound[slot] = round;
              maskWords[slot] = 0;
            }
          }
          if (!((maskWords[slot]! >>> w) & 1)) {
            mask[slot * WORDS + w] = drawWord(innerKey[k]!, firstBlock + w, weight[innerPair[k]!]!);
            maskWords[slot]! |= 1 << w;
          }
          const passed = need & mask[slot * WORDS + w]!;
          lost[aBase + w]! |= passed;
          gained |= passed;
        }
        if (gained === 0 || queued[a]) continue;
        queued[a] = 1;
        queue[tail] = a;
        tail = tail + 1 === u ? 0 : tail + 1;
        waiting++;
      }
    }
    this.#count();
    this.futures += FUTURES_PER_ROUND;
  }

  #count(): void {
    const planes = this.#planes;
    const levels = this.#planeCount;
    planes.fill(0);
    const lost = this.#lost;
    for (let a = 0; a < this.lostCount.length; a++) {
      const base = (this.#external[a]! * WORDS) * levels;
      let total = 0;
      for (let w = 0; w < WORDS; w++) {
        let carry = lost[a * WORDS + w]!;
        if (carry === 0) continue;
        total += countBits(carry);
        for (let level = base + w * levels; carry !== 0; level++) {
          const next = planes[level]! & carry;
          planes[level]! ^= carry;
          carry = next;
        }
      }
      this.lostCount[a]! += total;
    }
    for (const [side, counts] of [this.outcomes.internal, this.outcomes.external].entries()) {
      for (let w = 0; w < WORDS; w++) {
        const base = (side * WORDS + w) * levels;
        for (let lane = 0; lane < 32; lane++) {
          let count = 0;
          for (let level = 0; level < levels; level++) count |= ((planes[base + level]! >>> lane) & 1) << level;
          counts.push(count);
        }
      }
    }
  }
}
