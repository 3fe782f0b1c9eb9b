// The words every surface uses for a simulation's numbers (DESIGN.md §4.4–4.5): the panel, the
// map's key and tooltips, the PDF and the command line say a chance as a chance ("86% chance of
// losing group therapy"), the range of outcomes as "in 9 of 10 futures", and the precision once.
import type { ImpactChain } from './explainChains';
import type { OutcomeRange } from './sampleStatistics';
import type { WithdrawalEstimate } from './simulateWithdrawal';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 0.8125 → "81%"; a tiny but real chance says "<1%" and a near-certain one ">99%". */
export function formatChance(chance: number): string {
  if (chance > 0 && chance < 0.005) return '<1%';
  if (chance < 1 && chance > 0.995) return '>99%';
  return `${Math.round(chance * 100)}%`;
}

/** "86% chance", with "±1" when the chance was estimated rather than computed exactly. */
export function describeChance(chance: number, margin = 0): string {
  const plusMinus = margin >= 0.005 ? ` (±${Math.round(margin * 100)})` : '';
  return `${formatChance(chance)} chance${plusMinus}`;
}

/** What the first link of the most likely chain gives: "group therapy", "transport and beds". */
export function whatIsLost(chain: ImpactChain | null): string {
  const link = chain?.links[0];
  if (!link) return 'what it needs';
  const things = [...link.services, ...link.resources];
  if (things.length === 0) return 'what it needs';
  return things.length === 1 ? things[0]! : `${things.slice(0, -1).join(', ')} and ${things[things.length - 1]}`;
}

/** "IOP clients: 86% chance of losing group therapy". */
export function describeLoss(name: string, chance: number, chain: ImpactChain | null): string {
  return `${name}: ${formatChance(chance)} chance of losing ${whatIsLost(chain)}`;
}

function between(range: OutcomeRange): string {
  return range.low === range.high ? `${count.format(range.low)}` : `between ${count.format(range.low)} and ${count.format(range.high)}`;
}

function expected(range: OutcomeRange): string {
  const plusMinus = range.margin >= 0.05 ? ` ±${decimal.format(range.margin)}` : '';
  return `${decimal.format(range.expected)}${plusMinus}`;
}

/**
 * One plain sentence for the summary: "In 9 of 10 futures, between 4 and 11 parties lose what
 * they need (7.2 expected), 2 to 5 of them patients, clients or families (3.1 expected)."
 */
export function describeOutcomes(everyone: OutcomeRange, external: OutcomeRange): string {
  if (everyone.high === 0) return 'In every simulated future, nobody else loses what they need.';
  const certain = everyone.low === everyone.high && everyone.futures === 0;
  const who = everyone.high === 1 ? 'party loses' : 'parties lose';
  const lead = certain ? `${count.format(everyone.low)} ${who} what they need for certain` : `In 9 of 10 futures, ${between(everyone)} ${who} what they need (${expected(everyone)} expected)`;
  if (external.high === 0) return `${lead}; no patients, clients or families among them.`;
  const externalPart =
    external.low === external.high ? `${count.format(external.low)}` : `${count.format(external.low)} to ${count.format(external.high)}`;
  const of = external.high === 1 ? 'a patient, client or family group' : 'patients, clients or families';
  return `${lead}, ${externalPart} of them ${of} (${expected(external)} expected).`;
}

/** The precision, said once: exact, or estimated from how many futures and within what margin. */
export function describePrecision(estimate: Pick<WithdrawalEstimate, 'exact' | 'futures' | 'largestMargin' | 'complete'>): string {
  if (estimate.exact) {
    return estimate.futures > 0
      ? `Chances are exact; the range of outcomes comes from ${count.format(estimate.futures)} simulated futures.`
      : 'Chances are exact.';
  }
  const margin = Math.max(1, Math.ceil(estimate.largestMargin * 100 - 1e-9));
  const lead = estimate.complete ? 'Chances' : 'Early estimate: chances';
  return `${lead} estimated from ${count.format(estimate.futures)} simulated futures, each within ±${margin} percentage point${margin === 1 ? '' : 's'} (95% confidence).`;
}
