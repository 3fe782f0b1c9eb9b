import { describe, expect, it } from 'vitest';
import { countOf, formatAmount, perPeriod } from '../../renderer/src/core/format/quantities';

describe('amounts as people write them', () => {
  it.each([
    [2_350_000, 'USD', 'per year', '$2,350,000 per year'],
    [21_000, 'USD of medications', 'per month', '$21,000 of medications per month'],
    [12.5, 'USD', 'per ride', '$12.50 per ride'],
    [40, '$', '', '$40'],
    [1500, 'EUR', 'year', '€1,500 per year'],
    [0.8, 'FTE', '', '0.8 FTE'],
    [260, 'rides', 'per month', '260 rides per month'],
    [12_345.67, 'referrals', 'month', '12,346 referrals per month'],
  ])('%d %s %s reads "%s"', (amount, unit, period, expected) => {
    expect(formatAmount(amount, unit, period)).toBe(expected);
  });

  it('says the period once', () => {
    expect(perPeriod('per year')).toBe('per year');
    expect(perPeriod('year')).toBe('per year');
    expect(perPeriod(' ')).toBe('');
  });

  it('counts whole things', () => {
    expect(countOf(1, 'flow')).toBe('1 flow');
    expect(countOf(3, 'flow')).toBe('3 flows');
    expect(countOf(1200, 'party', 'parties')).toBe('1,200 parties');
  });
});
