import { describe, expect, it } from 'vitest';
import { checkPartyDraft, newPartyDraft, parseTags, partyDraftFrom, sameParty, typeChoices, withSide } from '../../renderer/src/core/forms/partyDraft';
import { checkRelationshipDraft, newRelationshipDraft, relationshipDraftFrom } from '../../renderer/src/core/forms/relationshipDraft';
import { freeSpotNear, placeUnplaced } from '../../renderer/src/core/editor/placement';
import { makeGraph, unplacedParty } from './fixtures';

describe('party form', () => {
  it('starts with sensible defaults and swaps a default type with the side', () => {
    const draft = newPartyDraft();
    expect(draft).toMatchObject({ side: 'internal', type: 'community agency' });
    expect(withSide(draft, 'external').type).toBe('patient');
    expect(withSide({ ...draft, type: 'faith community' }, 'external').type).toBe('faith community');
  });

  it('offers the side’s types plus the map’s own, and parses tags', () => {
    expect(typeChoices('external', '', ['patient', 'faith community'])).toEqual(['patient', 'client', 'family/caregiver', 'faith community']);
    expect(parseTags(' a, b ,, a ')).toEqual(['a', 'b']);
  });

  it('reports field errors with the API’s own words and names the interest row', () => {
    const checked = checkPartyDraft({ ...newPartyDraft(), name: ' ', interests: [{ topic: 'cost', stance: 'lower' }, { topic: 'a:b', stance: 'x' }] }, { x: 0, y: 0 });
    expect(checked).toEqual({ ok: false, errors: { name: 'A name is required.', interests: 'Interest 2: An interest topic cannot contain a colon.' } });
  });

  it('round-trips a stored party', () => {
    const party = makeGraph().parties[2]!;
    expect(sameParty(partyDraftFrom(party), party)).toBe(true);
    const checked = checkPartyDraft(partyDraftFrom(party), party);
    expect(checked.ok && checked.value.interests).toEqual([{ topic: 'discharge', stance: 'wants faster' }]);
  });
});

describe('relationship form', () => {
  it.each(['RELIES_ON', 'RESOURCE_FLOW', 'TRUSTS'] as const)('round-trips a stored %s', (kind) => {
    const relationship = makeGraph().relationships.find((r) => r.kind === kind)!;
    const checked = checkRelationshipDraft(relationshipDraftFrom(relationship));
    expect(checked.ok).toBe(true);
  });

  it('takes a trust level from the mean of the sub-scores when none is chosen', () => {
    const checked = checkRelationshipDraft({ ...newRelationshipDraft('TRUSTS'), level: '', reliability: '2', openness: '5' });
    expect(checked.ok && checked.value).toMatchObject({ kind: 'TRUSTS', level: 3.5 });
  });

  it.each([
    [{ service: '' }, 'service', /Say which service/],
    [{ service: 'x', criticality: '9' }, 'criticality', /from 1 to 5/],
  ])('refuses a reliance with %j', (change, field, message) => {
    const checked = checkRelationshipDraft({ ...newRelationshipDraft('RELIES_ON'), ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[field as 'service']).toMatch(message);
  });

  it('refuses an amount that is not a number and accepts a decimal comma', () => {
    const bad = checkRelationshipDraft({ ...newRelationshipDraft('RESOURCE_FLOW'), amount: 'lots' });
    expect(bad.ok ? null : bad.errors.amount).toBe('Enter a number.');
    const good = checkRelationshipDraft({ ...newRelationshipDraft('RESOURCE_FLOW'), amount: '2,5' });
    expect(good.ok && good.value).toMatchObject({ amount: 2.5 });
  });
});

describe('placement', () => {
  it('finds a free spot next to a taken one', () => {
    const spot = freeSpotNear(makeGraph(), { x: 0, y: 0 });
    expect(Math.hypot(spot.x, spot.y)).toBeGreaterThanOrEqual(120);
  });

  it('places parties without positions next to their partners, and arranges a map with none', () => {
    const graph = makeGraph();
    const withNewcomer = { ...graph, parties: [...graph.parties, unplacedParty('new')], relationships: [...graph.relationships, { ...graph.relationships[2]!, id: 'r9', source: 'new', target: 'transit' }] };
    const [placed] = placeUnplaced(withNewcomer);
    expect(placed?.id).toBe('new');
    expect(Math.hypot(placed!.x - 200, placed!.y)).toBeLessThan(200);
    expect(placeUnplaced({ parties: [unplacedParty('a'), unplacedParty('b')], relationships: [] })).toHaveLength(2);
    expect(placeUnplaced(graph)).toEqual([]);
  });
});
