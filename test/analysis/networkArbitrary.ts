// Random small networks for property tests: every relationship kind, loops, shared providers,
// unknown and zero amounts, self-links dropped.
import fc from 'fast-check';
import { RESOURCE_KINDS, SUBSTITUTABILITY } from '../../shared/domain';
import type { ImpactNetwork, ImpactRelationship } from '../../shared/analysis';

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

/** Up to `maxParties` parties and `perParty` relationships per party on average. */
export function networkArbitrary(prefix = 'p', maxParties = 10, perParty = 4): fc.Arbitrary<ImpactNetwork> {
  return fc
    .integer({ min: 2, max: maxParties })
    .chain((size) =>
      fc.record({
        sides: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
        drafts: fc.array(relationshipArbitrary(size), { maxLength: size * perParty }),
      }),
    )
    .map(({ sides, drafts }) => ({
      parties: sides.map((external, i) => ({ id: `${prefix}${i}`, name: `Party ${prefix}${i}`, side: external ? 'external' : 'internal', type: 'other' }) as const),
      relationships: drafts
        .filter((draft) => draft.source !== draft.target)
        .map((draft, i) => ({ ...draft, id: `${prefix}r${i}`, source: `${prefix}${draft.source}`, target: `${prefix}${draft.target}` }) as ImpactRelationship),
    }));
}
