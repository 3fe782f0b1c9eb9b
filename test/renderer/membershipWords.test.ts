// Membership changes in words and in the open network (issue 15): undo labels, the simulation
// panel's heading for an organisation, and a patch that ends or gives back memberships.
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../renderer/src/core/editor/graphPatch';
import { describeMembershipChange } from '../../renderer/src/core/organisations/membershipWords';
import { describeWithdrawal } from '../../renderer/src/core/simulation/describeResults';
import { makeGraph } from './fixtures';

const graph = makeGraph();
const withUnitInTransit = { ...graph, parties: graph.parties.map((party) => (party.id === 'unit' ? { ...party, partOf: 'transit' } : party)) };

describe('membership in words', () => {
  it.each([
    [[{ id: 'unit', partOf: 'transit' }], graph.parties, 'Move “Geri-psych unit” into “County Transit”'],
    [[{ id: 'unit', partOf: null }], withUnitInTransit.parties, 'Take “Geri-psych unit” out of “County Transit”'],
    [[{ id: 'unit', partOf: null }, { id: 'patients', partOf: null }], graph.parties, 'Change the organisation of 2 parties'],
  ])('%j', (changes, parties, words) => {
    expect(describeMembershipChange(parties, changes)).toBe(words);
  });

  it('names the organisation asked about and counts those leaving with it', () => {
    const withdrawn = [{ id: 'cbm', name: 'Cedar Bend Memorial' }, { id: 'ed', name: 'ED' }, { id: 'rx', name: 'Pharmacy' }];
    expect(describeWithdrawal(withdrawn, ['cbm'])).toBe('If Cedar Bend Memorial withdraws, with its 2 departments');
    expect(describeWithdrawal(withdrawn.slice(1), ['ed', 'rx'])).toBe('If ED and Pharmacy withdraw');
  });
});

describe('patches and memberships', () => {
  it('ends a membership with its organisation and gives it back on undo', () => {
    const deleted = applyPatch(withUnitInTransit, { removePartyIds: ['transit'] });
    expect(deleted.parties.find((party) => party.id === 'unit')?.partOf).toBeNull();
    const restored = applyPatch(deleted, { upsertParties: graph.parties.filter((party) => party.id === 'transit'), memberships: [{ partyId: 'unit', organisationId: 'transit' }] });
    expect(restored.parties.find((party) => party.id === 'unit')?.partOf).toBe('transit');
  });
});
