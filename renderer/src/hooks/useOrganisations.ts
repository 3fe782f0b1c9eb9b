// Organisations on the open map (issue 15): which are collapsed, folding and unfolding them, and
// changing who is part of what — by a drop on the map or a choice in the side panel — as one
// undoable editor step each.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { membersByOrganisation } from '../../../shared/domain';
import type { MembershipChange } from '../core/history/operations';
import { collapseActions, getEmptyCollapsed } from '../core/organisations/collapsedOrganisations';
import type { CollapsedOrganisations } from '../core/organisations/collapsedOrganisations';
import { describeMembershipChange } from '../core/organisations/membershipWords';
import type { Editor, EditResult } from './useEditor';

export type Organisations = {
  collapsed: CollapsedOrganisations;
  /** Direct members of each organisation, by party id. */
  members: ReadonlyMap<string, readonly string[]>;
  toggle: (organisationId: string) => void;
  collapseAll: () => void;
  expandAll: () => void;
  /** For saved views: the organisations to show collapsed. */
  setCollapsed: (collapsed: CollapsedOrganisations) => void;
  /** Parties joining or leaving organisations, saved as one step. */
  change: (changes: MembershipChange[]) => Promise<EditResult>;
};

export function useOrganisations(graph: NetworkGraph, editor: Editor): Organisations {
  const [collapsed, setCollapsed] = useState<CollapsedOrganisations>(getEmptyCollapsed);
  const members = useMemo(() => membersByOrganisation(graph.parties), [graph.parties]);
  // An organisation whose last member left is an ordinary party again.
  useEffect(() => setCollapsed((current) => collapseActions.prune(current, graph.parties)), [graph.parties]);

  const { perform } = editor;
  const change = useCallback(
    (changes: MembershipChange[]) => perform(describeMembershipChange(graph.parties, changes), { kind: 'set-membership', changes }),
    [perform, graph.parties],
  );

  return {
    collapsed,
    members,
    toggle: useCallback((id: string) => setCollapsed((current) => collapseActions.toggle(current, id)), []),
    collapseAll: useCallback(() => setCollapsed(collapseActions.all(graph.parties)), [graph.parties]),
    expandAll: useCallback(() => setCollapsed(collapseActions.none()), []),
    setCollapsed,
    change,
  };
}
