import { describe, expect, it } from 'vitest';
import { normalise, searchParties } from '../../renderer/src/core/search/searchParties';
import { unplacedParty } from './fixtures';

const parties = ['County Transit', 'Transit authority', 'Hospital transport desk', 'Zoë’s café', 'Cedar Bend EMS'].map((name, i) => ({
  ...unplacedParty(`p${i}`),
  name,
}));

describe('searchParties', () => {
  it('puts names starting with the query first, then word starts, then any match', () => {
    expect(searchParties(parties, 'tran').map((hit) => hit.party.name)).toEqual(['Transit authority', 'County Transit', 'Hospital transport desk']);
  });

  it('ignores case and accents', () => {
    expect(searchParties(parties, 'ZOE').map((hit) => hit.party.name)).toEqual(['Zoë’s café']);
    expect(normalise('  Café ')).toBe('cafe');
  });

  it('finds nothing for an empty query and respects the limit', () => {
    expect(searchParties(parties, '  ')).toEqual([]);
    expect(searchParties(parties, 't', 2)).toHaveLength(2);
  });
});
