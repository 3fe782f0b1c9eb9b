// DESIGN.md §4.2–4.4 on networks small enough to solve by hand: the cascade's chances, hop
// distances and classes. (Loops, shared links and sampling: cascade.test.ts.)
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import { flow, impactsById, network, relies } from './fixtures';

const find = (result: ReturnType<typeof simulateWithdrawal>, id: string) => result.parties.find((entry) => entry.id === id)!;

describe('simulateWithdrawal: propagation (DESIGN.md §4.2)', () => {
  it('follows a chain, weakening at each link', () => {
    // d(B←W) = 4/5·1.0 = 0.8; d(C←B) = 5/5·0.5 = 0.5
    // I(B) = 0.8; I(C) = 0.5 · 0.8 = 0.4
    const compiled = compileNetwork(network([relies('B', 'W', 4, 'none'), relies('C', 'B', 5, 'limited')]));
    const result = simulateWithdrawal(compiled, ['W']);
    expect(impactsById(result)).toEqual({ W: 1, B: 0.8, C: 0.4 });
    expect(result.parties.map(({ id, hops }) => [id, hops])).toEqual([['B', 1], ['C', 2], ['W', 0]]);
    expect(result.estimate).toMatchObject({ exact: true, largestMargin: 0 });
  });

  it('combines a fork by noisy-OR over providers', () => {
    // d(B←W) = 1 (5, none) → I(B) = 1; d(C←W) = 3/5·0.5 = 0.3 → I(C) = 0.3
    // d(A←B) = 0.5, d(A←C) = 4/5·1.0 = 0.8
    // I(A) = 1 − (1 − 0.5·1)(1 − 0.8·0.3) = 1 − 0.5·0.76 = 0.62
    const compiled = compileNetwork(
      network([relies('B', 'W', 5, 'none'), relies('C', 'W', 3, 'limited'), relies('A', 'B', 5, 'limited'), relies('A', 'C', 4, 'none')]),
    );
    expect(impactsById(simulateWithdrawal(compiled, ['W']))).toEqual({ W: 1, B: 1, C: 0.3, A: 0.62 });
  });

  it('does not amplify around a cycle: a loss reaches the loop only through its way in', () => {
    // d(A←W) = 0.5, d(A←B) = 0.5, d(B←A) = 0.8. B is lost only if A is, so A is lost exactly when
    // its link to W passes the loss on: I(A) = 0.5, I(B) = 0.8 × 0.5 = 0.4. (The first version's
    // fixed point said 0.625 and 0.5: it fed A's loss back to A through B.)
    const compiled = compileNetwork(network([relies('A', 'W', 5, 'limited'), relies('A', 'B', 5, 'limited'), relies('B', 'A', 4, 'none')]));
    const result = simulateWithdrawal(compiled, ['W']);
    expect(result.estimate.exact).toBe(true);
    expect(result.parties.find((entry) => entry.id === 'A')!.impact).toBeCloseTo(0.5, 12);
    expect(result.parties.find((entry) => entry.id === 'B')!.impact).toBeCloseTo(0.4, 12);
  });

  it('splits shared suppliers by their share; the two suppliers leave independently', () => {
    // X gets funding 75 from W and 25 from S; Y gets 10 from W and 40 from S.
    // P relies on X (5, none → 1) and Y (5, ready → 0.15).
    // W leaves: I(X) = 0.75, I(Y) = 10/50 = 0.2, I(P) = 1 − (1 − 0.75)(1 − 0.15·0.2) = 1 − 0.25·0.97 = 0.7575
    // S leaves: I(X) = 0.25, I(Y) = 0.8,  I(P) = 1 − 0.75·(1 − 0.12) = 0.34
    // Both leave: every supplier of X's funding is gone, but each share passes its loss on
    // independently (§4.2), so I(X) = 1 − (1 − 0.75)(1 − 0.25) = 0.8125, I(Y) = 1 − 0.8·0.2 = 0.84,
    // I(P) = 1 − (1 − 0.8125)(1 − 0.15·0.84) = 1 − 0.1875·0.874 = 0.836125
    const relationships = [
      flow('W', 'X', 'funding', 75),
      flow('S', 'X', 'funding', 25),
      flow('W', 'Y', 'funding', 10),
      flow('S', 'Y', 'funding', 40),
      relies('P', 'X', 5, 'none'),
      relies('P', 'Y', 5, 'ready'),
    ];
    const compiled = compileNetwork(network(relationships, ['P']));
    expect(impactsById(simulateWithdrawal(compiled, ['W']))).toEqual({ W: 1, S: 0, X: 0.75, Y: 0.2, P: 0.7575 });
    expect(impactsById(simulateWithdrawal(compiled, ['S']))).toEqual({ W: 0, S: 1, X: 0.25, Y: 0.8, P: 0.34 });
    expect(impactsById(simulateWithdrawal(compiled, ['W', 'S']))).toEqual({ W: 1, S: 1, X: 0.8125, Y: 0.84, P: 0.836125 });
  });

  it('leaves parties with no dependency path untouched: impact 0, no hops, unaffected', () => {
    const compiled = compileNetwork(network([relies('B', 'W', 5, 'none'), relies('D', 'C', 5, 'none'), relies('W', 'E', 5, 'none')]));
    const result = simulateWithdrawal(compiled, ['W']);
    for (const id of ['C', 'D', 'E']) expect(find(result, id)).toMatchObject({ impact: 0, hops: null, impactClass: 'unaffected', chain: null });
  });

  it('classes parties by the thresholds, which the user can move', () => {
    // I(B) = 0.8 (4, none), I(C) = 0.5·0.8 = 0.4, I(D) = 0.06·0.4 = 0.024 (2, ready)
    const compiled = compileNetwork(network([relies('B', 'W', 4, 'none'), relies('C', 'B', 5, 'limited'), relies('D', 'C', 2, 'ready')]));
    const classes = (options = {}) => Object.fromEntries(simulateWithdrawal(compiled, ['W'], options).parties.map((p) => [p.id, p.impactClass]));
    expect(classes()).toEqual({ W: 'withdrawn', B: 'disrupted', C: 'affected', D: 'unaffected' });
    expect(classes({ affectedThreshold: 0.02, disruptedThreshold: 0.4 })).toEqual({ W: 'withdrawn', B: 'disrupted', C: 'disrupted', D: 'affected' });
    const summary = simulateWithdrawal(compiled, ['W']).summary;
    expect(summary).toMatchObject({ parties: 4, withdrawn: 1, affected: 2, disrupted: 1 });
  });

  it('rejects unknown ids by name and options that make no sense', () => {
    const compiled = compileNetwork(network([relies('B', 'W', 4, 'none')]));
    expect(() => simulateWithdrawal(compiled, ['W', 'nope', 'nada'])).toThrow('There are no parties with ids "nope", "nada" in this network.');
    expect(() => simulateWithdrawal(compiled, ['W'], { affectedThreshold: 0.6, disruptedThreshold: 0.5 })).toThrow(/cannot be above/);
    expect(() => simulateWithdrawal(compiled, ['W'], { precision: 0 })).toThrow(/precision/);
    expect(() => simulateWithdrawal(compiled, ['W'], { seed: -1 })).toThrow(/seed/);
  });

  it('never changes its input', () => {
    const input = network([relies('B', 'W', 4, 'none'), flow('W', 'B', 'beds', 3)]);
    const frozen = JSON.parse(JSON.stringify(input)) as typeof input;
    deepFreeze(frozen);
    expect(() => simulateWithdrawal(compileNetwork(frozen), ['W'])).not.toThrow();
    expect(frozen).toEqual(input);
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
