// Properties the model must keep on any network (DESIGN.md §4 and its closing paragraph),
// checked with fast-check on small random networks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNetwork, dependencyWeights, reachableFrom, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { networkArbitrary } from './networkArbitrary';

/** A network and a non-empty set of its parties to withdraw. */
const scenario = networkArbitrary().chain((network) =>
  fc.record({
    network: fc.constant(network),
    withdrawn: fc.subarray(network.parties.map((entry) => entry.id), { minLength: 1 }),
  }),
);

describe('withdrawal model properties', () => {
  it('keeps every chance and weight in [0, 1], withdrawn parties at 1, and every margin within the precision', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        for (const { weight } of dependencyWeights(network)) {
          expect(weight).toBeGreaterThanOrEqual(0);
          expect(weight).toBeLessThanOrEqual(1);
        }
        const result = simulateWithdrawal(compileNetwork(network), withdrawn);
        expect(result.estimate.largestMargin).toBeLessThanOrEqual(0.01);
        for (const entry of result.parties) {
          expect(entry.margin).toBeGreaterThanOrEqual(0);
          expect(entry.margin).toBeLessThanOrEqual(0.01);
          expect(entry.impact).toBeGreaterThanOrEqual(0);
          expect(entry.impact).toBeLessThanOrEqual(1);
          expect(entry.risk).toBeGreaterThanOrEqual(0);
          expect(entry.risk).toBeLessThanOrEqual(1);
          if (withdrawn.includes(entry.id)) expect(entry).toMatchObject({ impact: 1, impactClass: 'withdrawn', hops: 0 });
        }
      }),
    );
  });

  it('never lowers a chance when more parties withdraw (beyond the two estimates’ margins)', () => {
    const grown = scenario.chain(({ network, withdrawn }) =>
      fc.record({
        network: fc.constant(network),
        withdrawn: fc.constant(withdrawn),
        more: fc.subarray(network.parties.map((entry) => entry.id)),
      }),
    );
    fc.assert(
      fc.property(grown, ({ network, withdrawn, more }) => {
        const compiled = compileNetwork(network);
        const fewer = simulateWithdrawal(compiled, withdrawn);
        const larger = new Map(simulateWithdrawal(compiled, [...withdrawn, ...more]).parties.map((entry) => [entry.id, entry]));
        // Both questions see the same futures, so a sampled chance can only drop by what the
        // number of futures read changes; exact chances never drop.
        for (const entry of fewer.parties) {
          const other = larger.get(entry.id)!;
          expect(other.impact).toBeGreaterThanOrEqual(entry.impact - entry.margin - other.margin - 1e-12);
        }
      }),
      { seed: 20_261_210 },
    );
  });

  it('never lets a loop raise a chance above what the links into the loop allow', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        // A loss can only enter a strongly connected group S of parties through a link from
        // outside it: I(A) ≤ Σ over links y←x into S of d(y←x) × I(x), for every A in S.
        const result = simulateWithdrawal(compileNetwork(network), withdrawn);
        const entries = new Map(result.parties.map((entry) => [entry.id, entry]));
        const pairs = dependencyWeights(network).filter((pair) => pair.weight > 0);
        const reach = (from: string, forward: boolean) => {
          const seen = new Set([from]);
          for (let grew = true; grew; ) {
            grew = false;
            for (const pair of pairs) {
              const [a, b] = forward ? [pair.provider, pair.dependent] : [pair.dependent, pair.provider];
              if (seen.has(a) && !seen.has(b)) {
                seen.add(b);
                grew = true;
              }
            }
          }
          return seen;
        };
        for (const entry of result.parties) {
          if (entry.impactClass === 'withdrawn') continue;
          const down = reach(entry.id, true);
          const group = new Set([...reach(entry.id, false)].filter((id) => down.has(id)));
          if (group.size < 2 || [...group].some((id) => withdrawn.includes(id))) continue;
          let bound = 0;
          for (const pair of pairs) {
            if (!group.has(pair.dependent) || group.has(pair.provider)) continue;
            const provider = entries.get(pair.provider)!;
            bound += pair.weight * (provider.impact + provider.margin);
          }
          expect(entry.impact - entry.margin).toBeLessThanOrEqual(Math.min(1, bound) + 1e-9);
        }
      }),
      { seed: 20_261_211 },
    );
  });

  it('leaves a component with no dependency path to W untouched', () => {
    fc.assert(
      fc.property(scenario, networkArbitrary('q'), ({ network, withdrawn }, other) => {
        const joined: ImpactNetwork = {
          parties: [...network.parties, ...other.parties],
          relationships: [...network.relationships, ...other.relationships],
        };
        const result = simulateWithdrawal(compileNetwork(joined), withdrawn);
        for (const entry of result.parties.filter((candidate) => candidate.id.startsWith('q'))) {
          expect(entry).toMatchObject({ impact: 0, hops: null, impactClass: 'unaffected', chain: null, mitigation: [] });
        }
      }),
    );
  });

  it('gives the same answer whatever the order of parties and relationships', () => {
    const shuffled = scenario.chain(({ network, withdrawn }) =>
      fc.record({
        network: fc.constant(network),
        withdrawn: fc.constant(withdrawn),
        parties: fc.shuffledSubarray([...network.parties], { minLength: network.parties.length }),
        relationships: fc.shuffledSubarray([...network.relationships], { minLength: network.relationships.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ network, withdrawn, parties, relationships }) => {
        const a = simulateWithdrawal(compileNetwork(network), withdrawn);
        const b = simulateWithdrawal(compileNetwork({ parties, relationships }), [...withdrawn].reverse());
        const bById = new Map(b.parties.map((entry) => [entry.id, entry]));
        for (const entry of a.parties) {
          const other = bById.get(entry.id)!;
          expect(other.impact).toBeCloseTo(entry.impact, 9);
          expect(other.hops).toBe(entry.hops);
          expect(other.chain?.strength ?? 0).toBeCloseTo(entry.chain?.strength ?? 0, 9);
          const nearThreshold = [0.05, 0.5].some((threshold) => Math.abs(entry.impact - threshold) < 1e-9);
          if (!nearThreshold) expect(other.impactClass).toBe(entry.impactClass);
        }
        // Ties in the ranking break by name, so the order is the same too (away from exact ties).
        expect(b.parties.map((entry) => entry.id)).toEqual(a.parties.map((entry) => entry.id));
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        // Through JSON too: chains, mitigation and lost flows are built on first read (accessors).
        const [a, b] = [simulateWithdrawal(compileNetwork(network), withdrawn), simulateWithdrawal(compileNetwork(network), withdrawn)];
        expect(a).toEqual(b);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
    );
  });

  it('explains every affected party with a consistent chain that ends at a withdrawn party', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        const result = simulateWithdrawal(compileNetwork(network), withdrawn);
        for (const entry of result.parties) {
          const affected = entry.impactClass === 'affected' || entry.impactClass === 'disrupted';
          expect(entry.chain !== null).toBe(affected);
          if (entry.chain === null) continue;
          const { parties, links, strength } = entry.chain;
          expect(parties[0]).toBe(entry.id);
          expect(withdrawn).toContain(parties[parties.length - 1]);
          expect(links.map((link) => link.dependentId)).toEqual(parties.slice(0, -1));
          expect(links.map((link) => link.providerId)).toEqual(parties.slice(1));
          expect(links.every((link) => link.weight > 0 && link.services.length + link.resources.length > 0)).toBe(true);
          expect(strength).toBeCloseTo(links.reduce((product, link) => product * link.weight, 1), 12);
          expect(links.length).toBeGreaterThanOrEqual(entry.hops!);
        }
      }),
    );
  });

  it('reaches exactly the parties with a hop distance, including every party with some impact', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        const compiled = compileNetwork(network);
        const reached = new Set(reachableFrom(compiled, withdrawn));
        const result = simulateWithdrawal(compiled, withdrawn);
        for (const entry of result.parties) {
          if (entry.impactClass === 'withdrawn') continue;
          expect(reached.has(entry.id)).toBe(entry.hops !== null);
          if (entry.impact > 0) expect(reached.has(entry.id)).toBe(true);
        }
      }),
    );
  });

  it('never proposes a withdrawn party or the disrupted party itself as a substitute', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        const result = simulateWithdrawal(compileNetwork(network), withdrawn);
        for (const entry of result.parties) {
          for (const need of entry.mitigation) {
            for (const candidate of need.candidates) {
              expect(withdrawn).not.toContain(candidate.id);
              expect(candidate.id).not.toBe(entry.id);
              expect(need.from).not.toContain(candidate.id);
            }
          }
        }
      }),
    );
  });
});
