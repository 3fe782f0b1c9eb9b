// What is selected on the map: any mix of parties and relationships. Changed only by these pure
// functions; the canvas and the side panel both read it.
import type { NetworkGraph } from '../../../../shared/domain';

export type Selection = { partyIds: readonly string[]; relationshipIds: readonly string[] };

export function getEmptySelection(): Selection {
  return { partyIds: [], relationshipIds: [] };
}

export function selectParties(partyIds: readonly string[]): Selection {
  return { partyIds: [...new Set(partyIds)], relationshipIds: [] };
}

export function selectRelationship(relationshipId: string): Selection {
  return { partyIds: [], relationshipIds: [relationshipId] };
}

export function isEmptySelection(selection: Selection): boolean {
  return selection.partyIds.length === 0 && selection.relationshipIds.length === 0;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id) => y.includes(id));
  return same(a.partyIds, b.partyIds) && same(a.relationshipIds, b.relationshipIds);
}

// After a change (a delete, an undo, a reload) drop what no longer exists.
export function pruneSelection(selection: Selection, graph: Pick<NetworkGraph, 'parties' | 'relationships'>): Selection {
  const parties = new Set(graph.parties.map((party) => party.id));
  const relationships = new Set(graph.relationships.map((relationship) => relationship.id));
  const next = {
    partyIds: selection.partyIds.filter((id) => parties.has(id)),
    relationshipIds: selection.relationshipIds.filter((id) => relationships.has(id)),
  };
  return sameSelection(next, selection) ? selection : next;
}

export type SelectionKind = 'none' | 'party' | 'relationship' | 'many';

export function selectionKind(selection: Selection): SelectionKind {
  const count = selection.partyIds.length + selection.relationshipIds.length;
  if (count === 0) return 'none';
  if (count > 1) return 'many';
  return selection.partyIds.length === 1 ? 'party' : 'relationship';
}
