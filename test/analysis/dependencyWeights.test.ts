// DESIGN.md §4.1, worked by hand: d(A←B) = 1 − (1 − r) × Π_k (1 − f_k).
import { describe, expect, it } from 'vitest';
import { dependencyWeights } from '../../shared/analysis';
import type { DependencyWeight } from '../../shared/analysis';
import { flow, network, relies, trusts } from './fixtures';
import type { ImpactRelationship } from '../../shared/analysis';

function weightOf(relationships: ImpactRelationship[], dependent: string, provider: string): DependencyWeight {
  const found = dependencyWeights(network(relationships)).find((w) => w.dependent === dependent && w.provider === provider);
  if (found === undefined) throw new Error(`no pair ${dependent} ← ${provider}`);
  return found;
}

describe('dependencyWeights (DESIGN.md §4.1)', () => {
  it.each([
    // r = (criticality / 5) × s with s = 1.0 none, 0.5 limited, 0.15 ready
    { criticality: 5, substitutability: 'none', expected: 1 }, // 5/5 · 1.0
    { criticality: 5, substitutability: 'limited', expected: 0.5 }, // 5/5 · 0.5
    { criticality: 5, substitutability: 'ready', expected: 0.15 }, // 5/5 · 0.15
    { criticality: 4, substitutability: 'limited', expected: 0.4 }, // 4/5 · 0.5
    { criticality: 2, substitutability: 'ready', expected: 0.06 }, // 2/5 · 0.15
    { criticality: 1, substitutability: 'none', expected: 0.2 }, // 1/5 · 1.0
  ] as const)('reliance alone: criticality $criticality, $substitutability substitutes → $expected', ({ criticality, substitutability, expected }) => {
    const weight = weightOf([relies('A', 'B', criticality, substitutability)], 'A', 'B');
    expect(weight.reliance).toBeCloseTo(expected, 12);
    expect(weight.weight).toBeCloseTo(expected, 12);
    expect(weight.shares).toEqual({});
  });

  it('combines several RELIES_ON edges to the same provider by noisy-OR', () => {
    // r = 1 − (1 − 3/5·1.0)(1 − 2/5·0.15) = 1 − 0.4 · 0.94 = 0.624
    const weight = weightOf([relies('A', 'B', 3, 'none', 'rides'), relies('A', 'B', 2, 'ready', 'meals')], 'A', 'B');
    expect(weight.reliance).toBeCloseTo(0.624, 12);
    expect(weight.weight).toBeCloseTo(0.624, 12);
  });

  it('combines reliance with the share of a resource, as in the brief', () => {
    // r = (4/5)·0.5 = 0.4; f_beds = 30/(30+10) = 0.75; d = 1 − 0.6·0.25 = 0.85
    const relationships = [relies('A', 'B', 4, 'limited'), flow('B', 'A', 'beds', 30), flow('C', 'A', 'beds', 10)];
    const fromB = weightOf(relationships, 'A', 'B');
    expect(fromB.reliance).toBeCloseTo(0.4, 12);
    expect(fromB.shares.beds).toBeCloseTo(0.75, 12);
    expect(fromB.weight).toBeCloseTo(0.85, 12);
    // C: no reliance; f_beds = 10/40 = 0.25; d = 1 − 1·0.75 = 0.25
    expect(weightOf(relationships, 'A', 'C').weight).toBeCloseTo(0.25, 12);
  });

  it('adds up amounts when a provider sends the same kind more than once', () => {
    // f_funding(B) = (20 + 20) / (20 + 20 + 60) = 0.4
    const relationships = [flow('B', 'A', 'funding', 20), flow('B', 'A', 'funding', 20), flow('C', 'A', 'funding', 60)];
    expect(weightOf(relationships, 'A', 'B').shares.funding).toBeCloseTo(0.4, 12);
    expect(weightOf(relationships, 'A', 'B').weight).toBeCloseTo(0.4, 12);
    expect(weightOf(relationships, 'A', 'C').weight).toBeCloseTo(0.6, 12);
  });

  it('counts equal shares per flow when any flow of that kind has no amount', () => {
    // staff into A: B 5, B unknown, C 5 → 3 flows of one share each; f(B) = 2/3, f(C) = 1/3
    const relationships = [flow('B', 'A', 'staff', 5), flow('B', 'A', 'staff', null), flow('C', 'A', 'staff', 5)];
    expect(weightOf(relationships, 'A', 'B').weight).toBeCloseTo(2 / 3, 12);
    expect(weightOf(relationships, 'A', 'C').weight).toBeCloseTo(1 / 3, 12);
  });

  it('keeps the amount rule for kinds whose flows all have amounts, next to a kind that does not', () => {
    // data: B 1 of (1 + 1) → 0.5; referrals: B unknown, D 9 → equal shares → 0.5
    // d(A←B) = 1 − (1 − 0.5)(1 − 0.5) = 0.75
    const relationships = [flow('B', 'A', 'data', 1), flow('C', 'A', 'data', 1), flow('B', 'A', 'referrals', null), flow('D', 'A', 'referrals', 9)];
    const weight = weightOf(relationships, 'A', 'B');
    expect(weight.shares).toEqual({ referrals: 0.5, data: 0.5 });
    expect(weight.weight).toBeCloseTo(0.75, 12);
  });

  it('gives d = 1 to a sole supplier and d = 0 to a zero amount beside known amounts', () => {
    expect(weightOf([flow('B', 'A', 'funding', 100)], 'A', 'B').weight).toBe(1);
    const relationships = [flow('B', 'A', 'supplies', 0), flow('C', 'A', 'supplies', 10)];
    expect(weightOf(relationships, 'A', 'B').weight).toBe(0); // f = 0 / 10
    expect(weightOf(relationships, 'A', 'C').weight).toBe(1); // f = 10 / 10
  });

  it('reads direction correctly: A RELIES_ON B and B RESOURCE_FLOW→A both make A depend on B', () => {
    const weights = dependencyWeights(network([relies('A', 'B', 5, 'none'), flow('B', 'C', 'transport', 3)]));
    expect(weights.map(({ dependent, provider }) => `${dependent}←${provider}`).sort()).toEqual(['A←B', 'C←B']);
  });

  it('gives TRUSTS no dependency at all', () => {
    expect(dependencyWeights(network([trusts('A', 'B', 1), trusts('B', 'A', 5)]))).toEqual([]);
  });

  it('refuses relationships it cannot weigh, naming them', () => {
    const bad = (relationship: ImpactRelationship) => () => dependencyWeights(network([relationship]));
    expect(bad({ ...relies('A', 'B', 7, 'none'), id: 'r-bad' })).toThrow(/"r-bad".*criticality 7/);
    expect(bad({ ...flow('A', 'B', 'beds', -1), id: 'r-neg' })).toThrow(/"r-neg".*amount -1/);
    expect(() => dependencyWeights({ parties: [], relationships: [relies('A', 'B', 3, 'none')] })).toThrow(/party "A", which is not in the network/);
  });
});
