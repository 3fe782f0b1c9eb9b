// Which organisations the map shows collapsed (issue 15): a set of party ids, changed only by
// these pure actions. It belongs to the open map, and a saved view remembers it.
import { membersByOrganisation } from '../../../../shared/domain';
import type { MemberLink } from '../../../../shared/domain';

export type CollapsedOrganisations = ReadonlySet<string>;

export function getEmptyCollapsed(): CollapsedOrganisations {
  return new Set();
}

export const collapseActions = {
  toggle(state: CollapsedOrganisations, organisationId: string): CollapsedOrganisations {
    const next = new Set(state);
    if (!next.delete(organisationId)) next.add(organisationId);
    return next;
  },
  /** Every organisation of the network collapsed. */
  all(parties: readonly MemberLink[]): CollapsedOrganisations {
    return new Set(membersByOrganisation(parties).keys());
  },
  none(): CollapsedOrganisations {
    return new Set();
  },
  /** Only what is still an organisation: one whose last member left is no longer collapsed. */
  prune(state: CollapsedOrganisations, parties: readonly MemberLink[]): CollapsedOrganisations {
    if (state.size === 0) return state;
    const organisations = membersByOrganisation(parties);
    const kept = [...state].filter((id) => organisations.has(id));
    return kept.length === state.size ? state : new Set(kept);
  },
};

/** The organisations of a network, by party id, for menus and counts. */
export function organisationIds(parties: readonly MemberLink[]): string[] {
  return [...membersByOrganisation(parties).keys()];
}
