// Issue 4, point 4: rank parties by the harm their leaving alone would cause.
import { describe, expect, it } from 'vitest';
import { compileNetwork, criticalityRanking, simulateWithdrawal } from '../../shared/analysis';
import { network, relies } from './fixtures';

describe('criticalityRanking', () => {
  // X is relied on fully by two internal parties, Y by one external customer (all d = 1).
  const compiled = compileNetwork(
    network([relies('I1', 'X', 5, 'none'), relies('I2', 'X', 5, 'none'), relies('E', 'Y', 5, 'none')], ['E']),
  );

  it('weighs harm to external customers three times by default', () => {
    // harm(Y) = 3 · I(E) = 3 · 1 = 3; harm(X) = I(I1) + I(I2) = 2; the rest harm nobody.
    const ranking = criticalityRanking(compiled);
    expect(ranking.map(({ id, harm }) => [id, harm])).toEqual([
      ['Y', 3],
      ['X', 2],
      ['E', 0],
      ['I1', 0],
      ['I2', 0],
    ]);
    expect(ranking[0]).toMatchObject({ affected: 1, disrupted: 1, externalAffected: 1, harmMargin: 0 });
    expect(ranking[1]).toMatchObject({ affected: 2, disrupted: 2, externalAffected: 0 });
  });

  it('takes another weight, and refuses a negative one', () => {
    // Unweighted: harm(X) = 2 > harm(Y) = 1.
    expect(criticalityRanking(compiled, { externalWeight: 1 }).slice(0, 2).map(({ id, harm }) => [id, harm])).toEqual([
      ['X', 2],
      ['Y', 1],
    ]);
    expect(() => criticalityRanking(compiled, { externalWeight: -1 })).toThrow(/externalWeight/);
  });

  it('counts a loop once', () => {
    // A relies on W (0.5) and on B (0.5); B on A (0.8): I(A) = 0.5, I(B) = 0.4 (see propagation tests).
    const cyclic = compileNetwork(network([relies('A', 'W', 5, 'limited'), relies('A', 'B', 5, 'limited'), relies('B', 'A', 4, 'none')]));
    const w = criticalityRanking(cyclic).find((entry) => entry.id === 'W')!;
    expect(w.harm).toBeCloseTo(0.9, 12);
  });

  it('gives each party the numbers a simulation of its withdrawal alone gives, sampled or exact', () => {
    const loops = compileNetwork(
      network(
        Array.from({ length: 10 }, (_, i) => relies(`n${i}`, `n${(i + 9) % 10}`, 3, 'limited')).concat(
          Array.from({ length: 10 }, (_, i) => relies(`n${(i + 4) % 10}`, `n${i}`, 4, 'limited')),
          [relies('clients', 'n3', 5, 'none')],
        ),
        ['clients'],
      ),
    );
    const ranking = criticalityRanking(loops);
    for (const entry of ranking) {
      const alone = simulateWithdrawal(loops, [entry.id]);
      const harm = alone.parties.reduce((sum, party) => (party.impactClass === 'withdrawn' ? sum : sum + party.impact * (party.side === 'external' ? 3 : 1)), 0);
      expect(entry.harm).toBeCloseTo(harm, 9);
      expect(entry.affected).toBe(alone.summary.affected);
    }
    expect(ranking.some((entry) => entry.harmMargin > 0)).toBe(true);
  });
});
