// DESIGN.md §4.4: the strongest explaining chain and its sentence.
import { describe, expect, it } from 'vitest';
import { compileNetwork, describeChain, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { flow, party, relies } from './fixtures';

const county: ImpactNetwork = {
  parties: [
    party('transit', 'internal', 'County Transit'),
    party('iop', 'internal', 'Senior IOP'),
    party('mgmt', 'internal', 'Evergrove'),
    party('families', 'external', 'Family caregivers'),
    party('clients', 'external', 'IOP clients'),
  ],
  relationships: [
    relies('families', 'transit', 3, 'limited', 'IOP transport'),
    relies('clients', 'iop', 5, 'none', ' group therapy '),
    relies('iop', 'mgmt', 5, 'limited', 'program operations'),
    flow('mgmt', 'iop', 'staff', 3),
  ],
};

describe('explanation chains (DESIGN.md §4.4)', () => {
  const compiled = compileNetwork(county);

  it('renders the sentence of the brief', () => {
    const families = simulateWithdrawal(compiled, ['transit']).parties.find((entry) => entry.id === 'families')!;
    expect(families.chain!.parties).toEqual(['families', 'transit']);
    expect(describeChain(families.chain!)).toBe('Family caregivers ← rely on IOP transport ← provided by County Transit (withdrawn)');
  });

  it('walks several links back to the withdrawn party, with the reason for each', () => {
    // d(iop←mgmt) = 1 − (1 − 0.5)(1 − 1) = 1 (the only staff supplier); d(clients←iop) = 1
    const clients = simulateWithdrawal(compiled, ['mgmt']).parties.find((entry) => entry.id === 'clients')!;
    expect(clients.chain).toMatchObject({ parties: ['clients', 'iop', 'mgmt'], strength: 1 });
    expect(clients.chain!.links.map(({ services, resources, providerWithdrawn }) => ({ services, resources, providerWithdrawn }))).toEqual([
      { services: ['group therapy'], resources: [], providerWithdrawn: false },
      { services: ['program operations'], resources: ['staff'], providerWithdrawn: true },
    ]);
    expect(describeChain(clients.chain!)).toBe(
      'IOP clients ← rely on group therapy ← provided by Senior IOP ← relies on program operations and receives staff ← provided by Evergrove (withdrawn)',
    );
  });

  it('says "from" when only resources flow, and lists the relationships behind each link', () => {
    const iop = simulateWithdrawal(compileNetwork({ ...county, relationships: [county.relationships[3]!] }), ['mgmt']).parties.find(
      (entry) => entry.id === 'iop',
    )!;
    expect(describeChain(iop.chain!)).toBe('Senior IOP ← receives staff ← from Evergrove (withdrawn)');
    expect(iop.chain!.links[0]!.relationshipIds).toEqual([county.relationships[3]!.id]);
  });

  it('picks the chain with the largest product of d, not the fewest hops', () => {
    // A ← W directly: d = 1/5·0.15 = 0.03. A ← B ← W: d = 1 · 0.8 = 0.8. The longer chain wins.
    const compiled = compileNetwork({
      parties: ['A', 'B', 'W'].map((id) => party(id)),
      relationships: [relies('A', 'W', 1, 'ready'), relies('A', 'B', 5, 'none'), relies('B', 'W', 4, 'none')],
    });
    const a = simulateWithdrawal(compiled, ['W']).parties.find((entry) => entry.id === 'A')!;
    expect(a.hops).toBe(1);
    expect(a.chain).toMatchObject({ parties: ['A', 'B', 'W'] });
    expect(a.chain!.strength).toBeCloseTo(0.8, 12);
  });

  it('prefers fewer hops among equally strong chains', () => {
    // A ← W and A ← B ← W all with d = 1: both chains have strength 1; the direct one is shown.
    const compiled = compileNetwork({
      parties: ['A', 'B', 'W'].map((id) => party(id)),
      relationships: [relies('A', 'B', 5, 'none'), relies('B', 'W', 5, 'none'), relies('A', 'W', 5, 'none')],
    });
    expect(simulateWithdrawal(compiled, ['W']).parties.find((entry) => entry.id === 'A')!.chain!.parties).toEqual(['A', 'W']);
  });

  it('explains only affected parties', () => {
    // I(A) = 0.03 < 0.05: reachable (hops 1) but not affected, so no chain.
    const compiled = compileNetwork({ parties: ['A', 'W'].map((id) => party(id)), relationships: [relies('A', 'W', 1, 'ready')] });
    expect(simulateWithdrawal(compiled, ['W']).parties.find((entry) => entry.id === 'A')).toMatchObject({ hops: 1, chain: null });
  });
});
