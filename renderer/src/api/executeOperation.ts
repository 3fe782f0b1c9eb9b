// Saves one operation through the API and returns what changed (to merge into the open network)
// and the operation that reverses it. The API is passed in, so tests can use a fake one.
import type { CareweaveApi } from '../../../shared/api';
import type { NetworkGraph } from '../../../shared/domain';
import type { GraphPatch } from '../core/editor/graphPatch';
import { partyFields, relationshipFields, partySnapshot, relationshipSnapshot } from '../core/editor/snapshots';
import type { Operation } from '../core/history/operations';

export type EditorApi = Pick<
  CareweaveApi,
  'createParty' | 'createRelationship' | 'restoreElements' | 'deleteElements' | 'updateParties' | 'updateRelationships' | 'savePositions'
>;

export type Executed = { patch: GraphPatch; inverse: Operation };

function versionsOf<T extends { id: string; version: number }>(ids: readonly string[], list: readonly T[], what: string) {
  const byId = new Map(list.map((item) => [item.id, item]));
  return ids.map((id) => {
    const item = byId.get(id);
    // Only happens if the map was reloaded without the element: the database has the last word.
    if (!item) throw new Error(`The ${what} to change is no longer on the map. Reload the map and try again.`);
    return item;
  });
}

export async function executeOperation(api: EditorApi, graph: NetworkGraph, operation: Operation): Promise<Executed> {
  const networkId = graph.network.id;
  switch (operation.kind) {
    case 'create-party': {
      const party = await api.createParty({ networkId, fields: operation.fields });
      return { patch: { upsertParties: [party] }, inverse: { kind: 'delete', partyIds: [party.id], relationshipIds: [] } };
    }
    case 'create-relationship': {
      const { source, target, fields } = operation;
      const relationship = await api.createRelationship({ networkId, source, target, fields });
      return {
        patch: { upsertRelationships: [relationship] },
        inverse: { kind: 'delete', partyIds: [], relationshipIds: [relationship.id] },
      };
    }
    case 'restore': {
      const restored = await api.restoreElements({ networkId, parties: operation.parties, relationships: operation.relationships, memberships: operation.memberships ?? [] });
      return {
        patch: { upsertParties: restored.parties, upsertRelationships: restored.relationships, memberships: restored.memberships },
        inverse: {
          kind: 'delete',
          partyIds: restored.parties.map((party) => party.id),
          relationshipIds: restored.relationships.map((relationship) => relationship.id),
        },
      };
    }
    case 'delete': {
      const parties = versionsOf(operation.partyIds, graph.parties, 'party');
      const relationships = versionsOf(operation.relationshipIds, graph.relationships, 'relationship');
      const deleted = await api.deleteElements({
        networkId,
        parties: parties.map(({ id, version }) => ({ id, version })),
        relationships: relationships.map(({ id, version }) => ({ id, version })),
      });
      return {
        patch: {
          removePartyIds: deleted.parties.map((party) => party.id),
          removeRelationshipIds: deleted.relationships.map((relationship) => relationship.id),
          memberships: deleted.memberships.map(({ partyId }) => ({ partyId, organisationId: null })),
        },
        // What the database says it deleted, including relationships this window never saw.
        inverse: {
          kind: 'restore',
          parties: deleted.parties.map(partySnapshot),
          relationships: deleted.relationships.map(relationshipSnapshot),
          memberships: deleted.memberships,
        },
      };
    }
    case 'update-parties': {
      const current = versionsOf(operation.parties.map((update) => update.id), graph.parties, 'party');
      const fieldsById = new Map(operation.parties.map((update) => [update.id, update.fields]));
      const updated = await api.updateParties({
        networkId,
        // Position and membership are kept as they are now: undoing a rename must not move the party back.
        parties: current.map((party) => ({ id: party.id, version: party.version, fields: { ...fieldsById.get(party.id)!, x: party.x, y: party.y, partOf: party.partOf } })),
      });
      return {
        patch: { upsertParties: updated },
        inverse: { kind: 'update-parties', parties: current.map((party) => ({ id: party.id, fields: partyFields(party) })) },
      };
    }
    case 'update-relationships': {
      const current = versionsOf(operation.relationships.map((update) => update.id), graph.relationships, 'relationship');
      const fieldsById = new Map(operation.relationships.map((update) => [update.id, update.fields]));
      const updated = await api.updateRelationships({
        networkId,
        relationships: current.map((relationship) => ({ id: relationship.id, version: relationship.version, fields: fieldsById.get(relationship.id)! })),
      });
      return {
        patch: { upsertRelationships: updated },
        inverse: {
          kind: 'update-relationships',
          relationships: current.map((relationship) => ({ id: relationship.id, fields: relationshipFields(relationship) })),
        },
      };
    }
    case 'set-membership': {
      const current = versionsOf(operation.changes.map((change) => change.id), graph.parties, 'party');
      const changeById = new Map(operation.changes.map((change) => [change.id, change]));
      const updated = await api.updateParties({
        networkId,
        parties: current.map((party) => {
          const { partOf, x = party.x, y = party.y } = changeById.get(party.id)!;
          return { id: party.id, version: party.version, fields: { ...partyFields(party), partOf, x, y } };
        }),
      });
      const placed = (party: { x: number | null; y: number | null }) => (party.x !== null && party.y !== null ? { x: party.x, y: party.y } : {});
      return {
        patch: { upsertParties: updated },
        inverse: { kind: 'set-membership', changes: current.map((party) => ({ id: party.id, partOf: party.partOf, ...placed(party) })) },
      };
    }
    case 'move': {
      const byId = new Map(graph.parties.map((party) => [party.id, party]));
      const moved = operation.positions.filter((position) => byId.has(position.id));
      await api.savePositions({ networkId, positions: moved });
      const previous = operation.previous ?? moved.flatMap((position) => {
        const party = byId.get(position.id);
        return party && party.x !== null && party.y !== null ? [{ id: party.id, x: party.x, y: party.y }] : [];
      });
      return { patch: { positions: moved }, inverse: { kind: 'move', positions: previous } };
    }
  }
}
