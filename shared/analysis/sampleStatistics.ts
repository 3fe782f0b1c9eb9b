// The statistics of simulated futures: how far a sampled chance may be from the truth, and the
// range of outcomes (DESIGN.md §4.3, §4.5).

/** z for a two-sided 95% interval. */
const Z = 1.96;

/**
 * The 95% margin of a chance estimated as hits / futures: the larger distance from the estimate
 * to the ends of the Wilson score interval. Unlike the textbook √(p(1 − p)/N), it does not claim
 * certainty when no future (or every future) showed a loss: 0 of 2,048 still allows up to 0.19%.
 */
export function chanceMargin(hits: number, futures: number): number {
  if (futures === 0) return 1;
  const p = hits / futures;
  const z2n = (Z * Z) / futures;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / futures + z2n / (4 * futures));
  return Math.abs(centre - p) + half;
}

/** The 95% margin of a mean estimated from `values`: 1.96 × standard deviation / √N. */
export function meanMargin(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return Z * Math.sqrt(squares / (n - 1) / n);
}

export interface DistributionBar {
  /** Lowest and highest count in the bar, inclusive. */
  readonly from: number;
  readonly to: number;
  /** Share of the futures with a count in [from, to]. */
  readonly share: number;
}

export interface OutcomeRange {
  /** Expected number of parties who lose what they need (withdrawn parties not counted). */
  readonly expected: number;
  /** 95% margin of `expected`; 0 when every chance was computed exactly. */
  readonly margin: number;
  /** 5th and 95th percentiles: in 9 of 10 futures the count lies in [low, high]. */
  readonly low: number;
  readonly high: number;
  /** Futures the range was read from. */
  readonly futures: number;
  /** How the futures spread over counts, at most MOST_BARS bars, for a small chart. */
  readonly distribution: readonly DistributionBar[];
}

export const MOST_BARS = 24;

/** Percentiles and distribution of `counts` (one per future); `expected` and `margin` come from the caller. */
export function outcomeRange(expected: number, margin: number, counts: readonly number[]): OutcomeRange {
  if (counts.length === 0) {
    const count = Math.round(expected);
    return { expected, margin, low: count, high: count, futures: 0, distribution: [{ from: count, to: count, share: 1 }] };
  }
  const sorted = Float64Array.from(counts).sort();
  // Nearest rank: at least 5% of futures at or below `low`, at least 95% at or below `high`.
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { expected, margin, low: rank(0.05), high: rank(0.95), futures: sorted.length, distribution: bars(sorted) };
}

function bars(sorted: Float64Array): DistributionBar[] {
  const least = sorted[0]!;
  const most = sorted[sorted.length - 1]!;
  const width = Math.max(1, Math.ceil((most - least + 1) / MOST_BARS));
  const result: DistributionBar[] = [];
  let at = 0;
  for (let from = least; from <= most; from += width) {
    const to = from + width - 1;
    let count = 0;
    while (at < sorted.length && sorted[at]! <= to) {
      count++;
      at++;
    }
    result.push({ from, to, share: count / sorted.length });
  }
  return result;
}
