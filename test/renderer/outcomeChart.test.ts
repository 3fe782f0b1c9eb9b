// The range of outcomes in words and in a chart (DESIGN.md §4.5): the sentence every surface
// uses, the precision said once, and the chart's bars — strong inside the 5th–95th percentile
// range the sentence names, pale outside it.
import { describe, expect, it } from 'vitest';
import { describeChance, describeOutcomes, describePrecision } from '../../shared/analysis';
import type { OutcomeRange } from '../../shared/analysis';
import { outcomeChartOption } from '../../renderer/src/core/charts/outcomeChart';

const range = (low: number, high: number, expected: number, margin = 0, futures = 2048): OutcomeRange => ({
  expected,
  margin,
  low,
  high,
  futures,
  distribution: Array.from({ length: high - low + 3 }, (_, i) => ({ from: low - 1 + i, to: low - 1 + i, share: 1 / (high - low + 3) })),
});

describe('the range of outcomes in words', () => {
  it.each([
    [range(4, 11, 7.24, 0.31), range(2, 5, 3.1, 0.2), 'In 9 of 10 futures, between 4 and 11 parties lose what they need (7.2 ±0.3 expected), 2 to 5 of them patients, clients or families (3.1 ±0.2 expected).'],
    [range(0, 2, 1.709), range(0, 1, 0.859), 'In 9 of 10 futures, between 0 and 2 parties lose what they need (1.7 expected), 0 to 1 of them a patient, client or family group (0.9 expected).'],
    [range(3, 3, 3, 0, 0), range(0, 0, 0, 0, 0), '3 parties lose what they need for certain; no patients, clients or families among them.'],
    [range(0, 0, 0), range(0, 0, 0), 'In every simulated future, nobody else loses what they need.'],
  ])('%#', (everyone, external, sentence) => {
    expect(describeOutcomes(everyone, external)).toBe(sentence);
  });

  it('says the precision once, and a chance with its margin only when estimated', () => {
    expect(describePrecision({ exact: true, futures: 0, largestMargin: 0, complete: true })).toBe('Chances are exact.');
    expect(describePrecision({ exact: false, futures: 9728, largestMargin: 0.0099, complete: true })).toBe(
      'Chances estimated from 9,728 simulated futures, each within ±1 percentage point (95% confidence).',
    );
    expect(describePrecision({ exact: false, futures: 512, largestMargin: 0.043, complete: false })).toBe(
      'Early estimate: chances estimated from 512 simulated futures, each within ±5 percentage points (95% confidence).',
    );
    expect(describeChance(0.86, 0)).toBe('86% chance');
    expect(describeChance(0.86, 0.009)).toBe('86% chance (±1)');
  });
});

describe('the outcome chart', () => {
  it('draws the futures inside the range strong and the tails pale, and describes itself', () => {
    const option = outcomeChartOption(range(4, 6, 5)) as { series: { data: { itemStyle: { color: string } }[] }[]; aria: { description: string } };
    const colours = option.series[0]!.data.map((bar) => bar.itemStyle.color);
    expect(colours[0]).not.toBe(colours[1]);
    expect(new Set(colours.slice(1, 4)).size).toBe(1);
    expect(colours[4]).toBe(colours[0]);
    expect(option.aria.description).toMatch(/^How many parties lose what they need, across 2,048 simulated futures: 3 in 20%, 4 in 20%/);
  });
});
