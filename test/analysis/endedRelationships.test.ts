// DESIGN.md §4.9: an agreement ends without its party leaving. Checked on the README's worked
// example (docs/withdrawal-worked-example.json), by hand and against the literal reading of the
// rule: "as if a party holding only that relationship had withdrawn".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileNetwork, describeChain, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { networkDocumentSchema } from '../../shared/domain';

const example = networkDocumentSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'docs', 'withdrawal-worked-example.json'), 'utf8')));
const compiled = compileNetwork(example);
const chances = (result: ReturnType<typeof simulateWithdrawal>) => Object.fromEntries(result.parties.map((entry) => [entry.id, entry.impact]));

describe('ended agreements (§4.9)', () => {
  it('loses what the relationship alone provided: the IOP’s client-transport reliance (0.4), passed on to its clients', () => {
    // r1: the IOP relies on Transit for client transport, criticality 4, limited: r = 0.4. The
    // rides (f = 0.75) keep coming, so the IOP is lost with chance 0.4, and its clients (who rely
    // on it fully) with it; their own reliance on Transit stays.
    const result = simulateWithdrawal(compiled, { parties: [], relationships: ['r1'] });
    expect(chances(result)).toEqual({ iop: expect.closeTo(0.4, 12), clients: expect.closeTo(0.4, 12), transit: 0, center: 0 });
    expect(result.withdrawn).toEqual([]);
    expect(result.endedRelationships).toEqual(['r1']);
    expect(result.summary).toMatchObject({ parties: 4, withdrawn: 0, affected: 2 });
    const clients = result.parties.find((entry) => entry.id === 'clients')!;
    expect(describeChain(clients.chain!)).toBe('IOP clients ← rely on group therapy ← provided by Senior IOP ← relies on client transport ← provided by County Transit (agreement ended)');
    expect(clients.chain!.parties).toEqual(['clients', 'iop', 'transit']);
  });

  it('loses a resource flow’s share, and counts it as lost outright', () => {
    // r2: 300 of the IOP's 400 rides a month: f = 0.75.
    const result = simulateWithdrawal(compiled, { parties: [], relationships: ['r2'] });
    expect(chances(result).iop).toBeCloseTo(0.75, 12);
    expect(result.resourcesLost.byKind).toEqual([expect.objectContaining({ resource: 'transport', directAmount: 300, indirectAmount: 0 })]);
    expect(result.resourcesLost.flows[0]).toMatchObject({ relationshipId: 'r2', source: 'transit', direct: true });
    const transport = result.parties.find((entry) => entry.id === 'iop')!.mitigation.find((need) => need.lost.kind === 'resource');
    expect(transport?.from).toEqual(['transit']);
  });

  it('is the same as withdrawing a party that held only that relationship', () => {
    const moved: ImpactNetwork = {
      parties: [...example.parties, { id: 'holder', name: 'County Transit', side: 'internal', type: 'community agency' }],
      relationships: example.relationships.map((relationship) => (relationship.id === 'r1' ? { ...relationship, target: 'holder' } : relationship)),
    };
    const literal = simulateWithdrawal(compileNetwork(moved), ['holder', 'center']);
    const ended = simulateWithdrawal(compiled, { parties: ['center'], relationships: ['r1'] });
    for (const id of ['iop', 'clients', 'transit']) expect(chances(ended)[id]).toBeCloseTo(chances(literal)[id]!, 12);
  });

  it('refuses unknown relationships and trust ratings by name', () => {
    expect(() => simulateWithdrawal(compiled, { parties: [], relationships: ['r1', 'nope'] })).toThrow('There is no relationship with id "nope" in this network.');
    const trust = example.relationships.find((relationship) => relationship.kind === 'TRUSTS')!;
    expect(() => simulateWithdrawal(compiled, { parties: [], relationships: [trust.id] })).toThrow(/trust rating, which nobody depends on/);
  });
});
