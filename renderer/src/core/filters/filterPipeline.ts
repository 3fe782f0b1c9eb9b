// The filter pipeline: each filter is a descriptor in one list, saying when it is active and
// which parties or relationships it keeps. The pipeline never changes the network; it answers
// which ids stay visible. A relationship is shown only if both its parties are.
import type { NetworkGraph, Party, Relationship } from '../../../../shared/domain';
import type { FilterState } from './filterState';
import { FULL_TRUST_RANGE } from './filterState';

export type FilterDescriptor = {
  id: string;
  label: string;
  isActive: (state: FilterState) => boolean;
  keepParty?: (party: Party, state: FilterState) => boolean;
  keepRelationship?: (relationship: Relationship, state: FilterState) => boolean;
};

export const FILTERS: readonly FilterDescriptor[] = [
  {
    id: 'side',
    label: 'Side',
    isActive: (state) => state.hiddenSides.length > 0,
    keepParty: (party, state) => !state.hiddenSides.includes(party.side),
  },
  {
    id: 'type',
    label: 'Party type',
    isActive: (state) => state.hiddenTypes.length > 0,
    keepParty: (party, state) => !state.hiddenTypes.includes(party.type),
  },
  {
    id: 'tags',
    label: 'Tags',
    isActive: (state) => state.tags.length > 0,
    keepParty: (party, state) => party.tags.some((tag) => state.tags.includes(tag)),
  },
  {
    id: 'kind',
    label: 'Relationship kinds',
    isActive: (state) => state.hiddenKinds.length > 0,
    keepRelationship: (relationship, state) => !state.hiddenKinds.includes(relationship.kind),
  },
  {
    id: 'trust',
    label: 'Trust range',
    isActive: (state) => state.trustRange[0] > FULL_TRUST_RANGE[0] || state.trustRange[1] < FULL_TRUST_RANGE[1],
    // Trust levels can be means such as 2.33; the range is inclusive at both ends.
    keepRelationship: (relationship, state) =>
      relationship.kind !== 'TRUSTS' || (relationship.level >= state.trustRange[0] && relationship.level <= state.trustRange[1]),
  },
];

export type Visible = { partyIds: ReadonlySet<string>; relationshipIds: ReadonlySet<string>; active: boolean };

export function activeFilters(state: FilterState): FilterDescriptor[] {
  return FILTERS.filter((filter) => filter.isActive(state));
}

export function applyFilters(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, state: FilterState): Visible {
  const active = activeFilters(state);
  const partyFilters = active.filter((filter) => filter.keepParty);
  const relationshipFilters = active.filter((filter) => filter.keepRelationship);
  const partyIds = new Set(
    graph.parties.filter((party) => partyFilters.every((filter) => filter.keepParty!(party, state))).map((party) => party.id),
  );
  const relationshipIds = new Set(
    graph.relationships
      .filter(
        (relationship) =>
          partyIds.has(relationship.source) &&
          partyIds.has(relationship.target) &&
          relationshipFilters.every((filter) => filter.keepRelationship!(relationship, state)),
      )
      .map((relationship) => relationship.id),
  );
  return { partyIds, relationshipIds, active: active.length > 0 };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/** Whether two results show and hide the same parties and relationships. */
export function sameVisible(a: Visible, b: Visible): boolean {
  return a.active === b.active && sameSet(a.partyIds, b.partyIds) && sameSet(a.relationshipIds, b.relationshipIds);
}

// The choices the filter panel offers, taken from the network itself.
export function filterChoices(graph: Pick<NetworkGraph, 'parties'>): { types: string[]; tags: string[] } {
  const types = new Set<string>();
  const tags = new Set<string>();
  for (const party of graph.parties) {
    types.add(party.type);
    for (const tag of party.tags) tags.add(tag);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { types: sorted(types), tags: sorted(tags) };
}
