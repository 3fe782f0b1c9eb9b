// DESIGN.md §4.2–4.3, the cascade, against its definition: every combination of live and dead
// links enumerated (exactReference.ts), on small networks with loops, shared providers, several
// withdrawn parties and zero-amount flows. The model must agree exactly where it says it is
// exact, and within its stated margin where it sampled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { Cascade } from '../../shared/analysis/cascade';
import { linkKeys } from '../../shared/analysis/linkKeys';
import { exactCascade, MOST_UNCERTAIN_PAIRS, uncertainPairCount } from './exactReference';
import { flow, impactsById, network, relies } from './fixtures';
import { networkArbitrary } from './networkArbitrary';

const byId = (result: ReturnType<typeof simulateWithdrawal>) => new Map(result.parties.map((entry) => [entry.id, entry]));

describe('the cascade on loops of mutual reliance', () => {
  it('gives each party of a loop only the chance of the link that leads into it (the issue’s four parties)', () => {
    // A relies on W for transport (1, ready: d = 0.03); A and B rely on each other fully; C on B.
    // The fixed point of the first version said 100% for A, B and C.
    const loop = network([relies('A', 'W', 1, 'ready'), relies('A', 'B', 5, 'none'), relies('B', 'A', 5, 'none'), relies('C', 'B', 5, 'none')], ['C']);
    const result = simulateWithdrawal(compileNetwork(loop), ['W']);
    expect(impactsById(result)).toEqual({ W: 1, A: 0.03, B: 0.03, C: 0.03 });
    expect(result.parties.every((entry) => entry.margin === 0)).toBe(true);
    expect(result.estimate.exact).toBe(true);
    expect(result.summary.disrupted).toBe(0);
  });

  it('does not feed a loss back around a two-way dependency (README’s second worked example)', () => {
    // Nursing home relies on W (5, limited: 0.5) and on the hospital (5, limited: 0.5); the
    // hospital on the nursing home (4, none: 0.8); residents on the nursing home (5, none: 1).
    // The hospital can only be lost through the nursing home, so the nursing home is lost exactly
    // when its own link to W passes the loss on: I = 0.5; the hospital 0.5 × 0.8 = 0.4.
    // The old fixed point: I(home) = 0.5 + 0.2 I(home) = 0.625, I(hospital) = 0.5.
    const homes = network(
      [relies('home', 'W', 5, 'limited'), relies('home', 'hospital', 5, 'limited'), relies('hospital', 'home', 4, 'none'), relies('residents', 'home', 5, 'none')],
      ['residents'],
    );
    expect(impactsById(simulateWithdrawal(compileNetwork(homes), ['W']))).toEqual({ W: 1, home: 0.5, hospital: 0.4, residents: 0.5 });
  });

  it('counts a shared uncertain link once (chains that meet again downstream)', () => {
    // W → A (0.5), then A → B and A → C fully, and D relies fully on both B and C. Noisy-OR over
    // D's providers would say 1 − 0.5² = 0.75; both chains need the same link, so D has 0.5.
    const diamond = network([relies('A', 'W', 5, 'limited'), relies('B', 'A', 5, 'none'), relies('C', 'A', 5, 'none'), relies('D', 'B', 5, 'none'), relies('D', 'C', 5, 'none')]);
    expect(impactsById(simulateWithdrawal(compileNetwork(diamond), ['W']))).toMatchObject({ A: 0.5, B: 0.5, C: 0.5, D: 0.5 });
  });

  it('treats zero-amount flows as passing nothing on', () => {
    const flows = network([flow('W', 'A', 'funding', 0), flow('S', 'A', 'funding', 10), relies('B', 'A', 5, 'none')]);
    expect(impactsById(simulateWithdrawal(compileNetwork(flows), ['W']))).toMatchObject({ A: 0, B: 0 });
  });
});

/** Small networks with every feature, few enough uncertain links to enumerate. */
const smallScenario = networkArbitrary('p', 7, 3)
  .filter((candidate) => uncertainPairCount(candidate) <= MOST_UNCERTAIN_PAIRS)
  .chain((candidate) => fc.record({ network: fc.constant(candidate), withdrawn: fc.subarray(candidate.parties.map((entry) => entry.id), { minLength: 1, maxLength: Math.min(3, candidate.parties.length) }) }));

/** Denser: reliance only, many loops, up to 14 links among 4–7 parties. */
const loopScenario = fc
  .record({
    size: fc.integer({ min: 4, max: 7 }),
    links: fc.array(fc.record({ source: fc.nat(6), target: fc.nat(6), criticality: fc.integer({ min: 1, max: 5 }), substitutability: fc.constantFrom('none', 'limited', 'ready' as const) }), { minLength: 4, maxLength: 14 }),
  })
  .map(({ size, links }) =>
    network(
      links.filter((link) => link.source % size !== link.target % size).map((link) => relies(`p${link.source % size}`, `p${link.target % size}`, link.criticality, link.substitutability)),
      [],
      Array.from({ length: size }, (_, i) => `p${i}`),
    ),
  )
  .filter((candidate) => uncertainPairCount(candidate) <= MOST_UNCERTAIN_PAIRS)
  .map((candidate) => ({ network: candidate, withdrawn: ['p0'] }));

function cascadeOf(candidate: ImpactNetwork, withdrawn: readonly string[], exact: boolean) {
  const compiled = compileNetwork(candidate);
  const indices = withdrawn.map((id) => compiled.indexOf.get(id)!);
  const cascade = new Cascade(compiled, compiled.external, indices, linkKeys(compiled, 7), { precision: 0.01, minFutures: 2048, maxFutures: 1 << 20, outcomes: true, exact });
  cascade.step();
  return { compiled, estimate: cascade.estimate() };
}

describe('the cascade against every combination of links', () => {
  // Fixed seeds: the sampled answers are random, so a test that may fail on an unlucky draw 5%
  // of the time per party would be noise. The bounds below are wide enough for these draws and
  // narrow enough to catch a wrong model (the old fixed point misses them by up to 97 points).
  it('agrees exactly where the model says it is exact, and within 3 margins where it sampled', () => {
    let sampled = 0;
    let withinOneMargin = 0;
    for (const [scenario, exact] of [[smallScenario, true], [smallScenario, false], [loopScenario, true], [loopScenario, false]] as const) {
      fc.assert(
        fc.property(scenario, ({ network: candidate, withdrawn }) => {
          const reference = exactCascade(candidate, withdrawn);
          const { compiled, estimate } = cascadeOf(candidate, withdrawn, exact);
          candidate.parties.forEach((party) => {
            const index = compiled.indexOf.get(party.id)!;
            const truth = reference.chance.get(party.id)!;
            const margin = estimate.margin[index]!;
            if (margin === 0) {
              expect(estimate.impact[index]).toBeCloseTo(truth, 9);
              return;
            }
            sampled++;
            if (Math.abs(estimate.impact[index]! - truth) <= margin) withinOneMargin++;
            expect(Math.abs(estimate.impact[index]! - truth)).toBeLessThanOrEqual(3 * margin);
            expect(margin).toBeLessThanOrEqual(0.01);
          });
        }),
        { seed: 20_261_207, numRuns: 250 },
      );
    }
    // The margins are 95% intervals: about 95 of 100 sampled chances should fall inside.
    expect(sampled).toBeGreaterThan(500);
    expect(withinOneMargin / sampled).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the range of outcomes from the futures: expected count exact, percentiles where the true distribution puts them', () => {
    fc.assert(
      fc.property(smallScenario, ({ network: candidate, withdrawn }) => {
        const reference = exactCascade(candidate, withdrawn);
        const { estimate } = cascadeOf(candidate, withdrawn, true);
        const expected = reference.distribution.reduce((sum, p, k) => sum + p * k, 0);
        const everyone = estimate.everyone!;
        expect(Math.abs(everyone.expected - expected)).toBeLessThanOrEqual(Math.max(1e-9, 3 * everyone.margin));
        const below = (k: number) => reference.distribution.slice(0, k).reduce((sum, p) => sum + p, 0);
        // At most about 5% of futures below `low`, at least about 5% at or below it; 95% for `high`.
        // 0.03 covers the sampling error of a share read from 2,048 or more futures.
        expect(below(everyone.low)).toBeLessThanOrEqual(0.05 + 0.03);
        expect(below(everyone.low + 1)).toBeGreaterThanOrEqual(0.05 - 0.03);
        expect(below(everyone.high)).toBeLessThanOrEqual(0.95 + 0.03);
        expect(below(everyone.high + 1)).toBeGreaterThanOrEqual(0.95 - 0.03);
        expect(everyone.distribution.reduce((sum, bar) => sum + bar.share, 0)).toBeCloseTo(everyone.futures === 0 ? 1 : 1, 9);
      }),
      { seed: 20_261_208, numRuns: 60 },
    );
  });
});

describe('the cascade on trees', () => {
  // A tree hanging from the withdrawn parties: chains into a party share no uncertain link, so
  // the first version's noisy-OR, 1 − Π(1 − d × I), is exact — computed here independently.
  const tree = fc.integer({ min: 2, max: 30 }).chain((size) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: size }, (_, i) => fc.nat(i))),
      criticality: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: size, maxLength: size }),
      directFromW: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  );

  it('equals the closed form, with no margin', () => {
    fc.assert(
      fc.property(tree, ({ parents, criticality, directFromW }) => {
        // Party i + 1 relies on party parents[i] (party 0 is W) and perhaps on W directly too.
        const relationships = parents.flatMap((parent, i) => [
          relies(`t${i + 1}`, `t${parent}`, criticality[i]!, 'limited'),
          ...(directFromW[i] && parent !== 0 ? [relies(`t${i + 1}`, 't0', 1, 'none')] : []),
        ]);
        const result = byId(simulateWithdrawal(compileNetwork(network(relationships)), ['t0']));
        const closed = new Map<string, number>([['t0', 1]]);
        parents.forEach((parent, i) => {
          const d = (criticality[i]! / 5) * 0.5;
          const direct = directFromW[i] && parent !== 0 ? 0.2 : 0;
          closed.set(`t${i + 1}`, 1 - (1 - d * closed.get(`t${parent}`)!) * (1 - direct));
        });
        for (const [id, chance] of closed) {
          expect(result.get(id)!.impact).toBeCloseTo(chance, 12);
          expect(result.get(id)!.margin).toBe(0);
        }
      }),
      { seed: 20_261_209 },
    );
  });
});

describe('the cascade’s seed', () => {
  const loops = network(
    Array.from({ length: 12 }, (_, i) => relies(`n${i}`, i === 0 ? 'W' : `n${i - 1}`, 3, 'limited')).concat(
      Array.from({ length: 12 }, (_, i) => relies(`n${(i + 5) % 12}`, `n${i}`, 4, 'limited')),
    ),
  );

  it('gives the same numbers for the same seed and different (but agreeing) numbers for another', () => {
    const compiled = compileNetwork(loops);
    const a = simulateWithdrawal(compiled, ['W']);
    const b = simulateWithdrawal(compileNetwork(loops), ['W']);
    const c = simulateWithdrawal(compiled, ['W'], { seed: 2 });
    expect(a.estimate.exact).toBe(false);
    expect(impactsById(b)).toEqual(impactsById(a));
    expect(impactsById(c)).not.toEqual(impactsById(a));
    const other = byId(c);
    for (const entry of a.parties) expect(Math.abs(entry.impact - other.get(entry.id)!.impact)).toBeLessThanOrEqual(entry.margin + other.get(entry.id)!.margin);
  });

  it('refines to the precision asked for', () => {
    const coarse = simulateWithdrawal(compileNetwork(loops), ['W'], { precision: 0.05 });
    const fine = simulateWithdrawal(compileNetwork(loops), ['W'], { precision: 0.005 });
    expect(coarse.estimate.largestMargin).toBeLessThanOrEqual(0.05);
    expect(fine.estimate.largestMargin).toBeLessThanOrEqual(0.005);
    expect(fine.estimate.futures).toBeGreaterThan(coarse.estimate.futures);
    expect(() => simulateWithdrawal(compileNetwork(loops), ['W'], { precision: 0 })).toThrow(/precision/);
  });
});
