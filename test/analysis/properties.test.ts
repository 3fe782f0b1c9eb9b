// Properties the model must keep on any network (DESIGN.md §4 and its closing paragraph),
// checked with fast-check on small random networks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS, SUBSTITUTABILITY } from '../../shared/domain';
import { compileNetwork, dependencyWeights, reachableFrom, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork, ImpactRelationship, WithdrawalResult } from '../../shared/analysis';

type Draft = { kind: string; source: number; target: number } & Record<string, unknown>;

function relationshipArbitrary(size: number): fc.Arbitrary<Draft> {
  const ends = { source: fc.nat(size - 1), target: fc.nat(size - 1) };
  return fc.oneof(
    fc.record({
      kind: fc.constant('RELIES_ON'),
      ...ends,
      service: fc.constantFrom('rides', 'Rides ', 'beds', 'care'),
      criticality: fc.integer({ min: 1, max: 5 }),
      substitutability: fc.constantFrom(...SUBSTITUTABILITY),
    }),
    fc.record({
      kind: fc.constant('RESOURCE_FLOW'),
      ...ends,
      resource: fc.constantFrom(...RESOURCE_KINDS),
      amount: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    }),
    fc.record({ kind: fc.constant('TRUSTS'), ...ends, level: fc.integer({ min: 1, max: 5 }) }),
  );
}

function networkArbitrary(prefix = 'p', maxParties = 10): fc.Arbitrary<ImpactNetwork> {
  return fc
    .integer({ min: 2, max: maxParties })
    .chain((size) =>
      fc.record({
        sides: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
        drafts: fc.array(relationshipArbitrary(size), { maxLength: size * 4 }),
      }),
    )
    .map(({ sides, drafts }) => ({
      parties: sides.map((external, i) => ({ id: `${prefix}${i}`, name: `Party ${prefix}${i}`, side: external ? 'external' : 'internal', type: 'other' }) as const),
      relationships: drafts
        .filter((draft) => draft.source !== draft.target)
        .map((draft, i) => ({ ...draft, id: `${prefix}r${i}`, source: `${prefix}${draft.source}`, target: `${prefix}${draft.target}` }) as ImpactRelationship),
    }));
}

/** A network and a non-empty set of its parties to withdraw. */
const scenario = networkArbitrary().chain((network) =>
  fc.record({
    network: fc.constant(network),
    withdrawn: fc.subarray(network.parties.map((entry) => entry.id), { minLength: 1 }),
  }),
);

const impacts = (result: WithdrawalResult) => new Map(result.parties.map((entry) => [entry.id, entry.impact]));

describe('withdrawal model properties', () => {
  it('keeps every impact and weight in [0, 1], withdrawn parties at 1, and converges', () => {
    fc.assert(
      fc.property(scenario, ({ network, withdrawn }) => {
        for (const { weight } of dependencyWeights(network)) {
          expect(weight).toBeGreaterThanOrEqual(0);
          expect(weight).toBeLessThanOrEqual(1);
        }
        const result = simulateWithdrawal(compileNetwork(network), withdrawn);
        expect(result.converged).toBe(true);
        for (const entry of result.parties) {
          expect(entry.impact).toBeGreaterThanOrEqual(0);
          expect(entry.impact).toBeLessThanOrEqual(1);
          expect(entry.risk).toBeGreaterThanOrEqual(0);
          expect(entry.risk).toBeLessThanOrEqual(1);
          if (withdrawn.includes(entry.id)) expect(entry).toMatchObject({ impact: 1, impactClass: 'withdrawn', hops: 0 });
        }
      }),
    );
  });

  it('never lowers an impact when more parties withdraw', () => {
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
        const fewer = impacts(simulateWithdrawal(compiled, withdrawn));
        const larger = impacts(simulateWithdrawal(compiled, [...withdrawn, ...more]));
        // The 1e-8 allowance covers the 1e-9 stopping tolerance of each run.
        for (const [id, impact] of fewer) expect(larger.get(id)!).toBeGreaterThanOrEqual(impact - 1e-8);
      }),
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
