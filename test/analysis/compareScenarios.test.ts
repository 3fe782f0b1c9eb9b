// Two scenarios side by side: who is hit in one and not the other, and by how much.
import { describe, expect, it } from 'vitest';
import { compareScenarios, compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import type { ComparedParty } from '../../shared/analysis';
import { network, relies } from './fixtures';

describe('compareScenarios', () => {
  // Fam (external) relies on Clinic (4, none) and on Transit (5, limited); Clinic relies on
  // Pharmacy (5, none); Shelter relies on Transit (2, ready).
  //   A = Pharmacy withdraws: Clinic = 1, Fam = 0.8 × 1 = 0.8; Transit and Shelter untouched.
  //   B = Transit withdraws:  Fam = 0.5 (5/5 × 0.5), Shelter = 2/5 × 0.15 = 0.06; Clinic untouched.
  const compiled = compileNetwork(
    network(
      [
        relies('Fam', 'Clinic', 4, 'none'),
        relies('Fam', 'Transit', 5, 'limited'),
        relies('Clinic', 'Pharmacy', 5, 'none'),
        relies('Shelter', 'Transit', 2, 'ready'),
      ],
      ['Fam'],
    ),
  );
  const a = simulateWithdrawal(compiled, ['Pharmacy']);
  const b = simulateWithdrawal(compiled, ['Transit']);

  it('lists who is hit only in A, only in B, and in both with the change in impact', () => {
    const comparison = compareScenarios(a, b);
    // The withdrawn parties (Pharmacy in A, Transit in B) are the question, not someone hit.
    expect(comparison.onlyA.map((row) => [row.id, row.classA, row.classB])).toEqual([['Clinic', 'disrupted', 'unaffected']]);
    expect(comparison.onlyB.map((row) => [row.id, row.classA, row.classB])).toEqual([['Shelter', 'unaffected', 'affected']]);
    expect(comparison.both).toHaveLength(1);
    const fam = comparison.both[0]!;
    expect(fam).toMatchObject({ id: 'Fam', side: 'external', classA: 'disrupted', classB: 'disrupted' });
    // 0.5 − 0.8 = −0.3: scenario B hurts the family less.
    expect(fam.impactA).toBeCloseTo(0.8, 12);
    expect(fam.impactB).toBeCloseTo(0.5, 12);
    expect(fam.difference).toBeCloseTo(-0.3, 12);
    expect(comparison.summary).toEqual({ hitA: 2, hitB: 2, externalHitA: 1, externalHitB: 1, onlyA: 1, onlyB: 1, both: 1 });
  });

  it('is symmetric: swapping the scenarios swaps the sides and negates the differences', () => {
    const forward = compareScenarios(a, b);
    const backward = compareScenarios(b, a);
    expect(backward.onlyA.map((row) => row.id)).toEqual(forward.onlyB.map((row) => row.id));
    expect(backward.onlyB.map((row) => row.id)).toEqual(forward.onlyA.map((row) => row.id));
    expect(backward.both.map((row) => row.difference)).toEqual(forward.both.map((row) => -row.difference));
  });

  it('lists external customers first, then by the size of the difference', () => {
    const row = (id: string, side: 'internal' | 'external', impact: number): ComparedParty => ({
      id,
      name: id,
      side,
      type: side === 'external' ? 'patient' : 'payer',
      impact,
      impactClass: impact >= 0.5 ? 'disrupted' : impact >= 0.05 ? 'affected' : 'unaffected',
    });
    const comparison = compareScenarios(
      { parties: [row('Big', 'internal', 0.9), row('Small', 'internal', 0.1), row('Ext', 'external', 0.06)] },
      { parties: [row('Big', 'internal', 0), row('Small', 'internal', 0), row('Ext', 'external', 0)] },
    );
    expect(comparison.onlyA.map((entry) => entry.id)).toEqual(['Ext', 'Big', 'Small']);
  });

  it('lists a party withdrawn in one scenario and hit in the other under the other only', () => {
    const party = (impactClass: ComparedParty['impactClass'], impact: number): ComparedParty => ({ id: 'Clinic', name: 'Clinic', side: 'internal', type: 'payer', impact, impactClass });
    const comparison = compareScenarios({ parties: [party('withdrawn', 1)] }, { parties: [party('disrupted', 0.9)] });
    expect(comparison.onlyB.map((row) => [row.id, row.classA, row.classB])).toEqual([['Clinic', 'withdrawn', 'disrupted']]);
    expect(comparison.summary).toMatchObject({ hitA: 0, hitB: 1, both: 0 });
  });

  it('treats a party missing from one result as unaffected there', () => {
    const only = { id: 'New', name: 'New', side: 'internal' as const, type: 'payer', impact: 0.7, impactClass: 'disrupted' as const };
    const comparison = compareScenarios({ parties: [] }, { parties: [only] });
    expect(comparison.onlyB).toEqual([
      { id: 'New', name: 'New', side: 'internal', type: 'payer', presence: 'onlyB', impactA: 0, impactB: 0.7, classA: 'unaffected', classB: 'disrupted', difference: 0.7 },
    ]);
  });

  it('finds nothing to tell apart in identical scenarios except how both hurt', () => {
    const comparison = compareScenarios(a, a);
    expect(comparison.onlyA).toEqual([]);
    expect(comparison.onlyB).toEqual([]);
    expect(comparison.both.every((row) => row.difference === 0)).toBe(true);
  });
});
