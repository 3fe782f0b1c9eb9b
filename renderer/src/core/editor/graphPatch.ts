// Saved changes applied to the open network in memory: the answer of every write (parties and
// relationships as stored, with their new versions) is merged in, so the next edit starts from
// the version the database holds.
import type { PartyPosition } from '../../../../shared/api';
import type { NetworkGraph, Party, Relationship } from '../../../../shared/domain';

export type GraphPatch = {
  upsertParties?: readonly Party[];
  removePartyIds?: readonly string[];
  upsertRelationships?: readonly Relationship[];
  removeRelationshipIds?: readonly string[];
  positions?: readonly PartyPosition[];
  /** Memberships a delete ended (organisation null) or an undo gave back, without a new version. */
  memberships?: readonly { partyId: string; organisationId: string | null }[];
};

function upsert<T extends { id: string }>(list: readonly T[], items: readonly T[] | undefined): T[] {
  if (!items || items.length === 0) return [...list];
  const incoming = new Map(items.map((item) => [item.id, item]));
  // Replace in place so the order (and the drawing order) stays stable; new ones go last.
  const merged = list.map((item) => {
    const replacement = incoming.get(item.id);
    if (replacement) incoming.delete(item.id);
    return replacement ?? item;
  });
  return [...merged, ...incoming.values()];
}

export function applyPatch(graph: NetworkGraph, patch: GraphPatch): NetworkGraph {
  const removedParties = new Set(patch.removePartyIds ?? []);
  const removedRelationships = new Set(patch.removeRelationshipIds ?? []);
  const positions = new Map((patch.positions ?? []).map((position) => [position.id, position]));
  const memberships = new Map((patch.memberships ?? []).map((membership) => [membership.partyId, membership.organisationId]));

  let parties = upsert(graph.parties, patch.upsertParties).filter((party) => !removedParties.has(party.id));
  if (positions.size > 0) {
    parties = parties.map((party) => {
      const position = positions.get(party.id);
      return position ? { ...party, x: position.x, y: position.y } : party;
    });
  }
  // Nor does a membership outlive its organisation.
  if (memberships.size > 0 || removedParties.size > 0) {
    parties = parties.map((party) => {
      const partOf = memberships.has(party.id) ? memberships.get(party.id)! : party.partOf !== null && removedParties.has(party.partOf) ? null : party.partOf;
      return partOf === party.partOf ? party : { ...party, partOf };
    });
  }
  // A relationship never outlives either of its parties (the database detaches them too).
  const relationships = upsert(graph.relationships, patch.upsertRelationships).filter(
    (relationship) =>
      !removedRelationships.has(relationship.id) && !removedParties.has(relationship.source) && !removedParties.has(relationship.target),
  );
  return { network: graph.network, parties, relationships };
}

export function isEmptyPatch(patch: GraphPatch): boolean {
  return Object.values(patch).every((value) => !value || (value as readonly unknown[]).length === 0);
}
