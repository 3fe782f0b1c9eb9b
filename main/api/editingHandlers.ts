// The editing area of the handler table: the map editor's one write path.
import type { editingApi, HandlersOf } from '../../shared/api';
import type { EditingService } from '../services/editingService';

export function createEditingHandlers(editing: EditingService): HandlersOf<typeof editingApi> {
  return {
    createParty: ({ networkId, fields }) => editing.createParty(networkId, fields),
    createRelationship: ({ networkId, source, target, fields }) => editing.createRelationship(networkId, { source, target }, fields),
    restoreElements: ({ networkId, parties, relationships, memberships }) => editing.restore(networkId, parties, relationships, memberships),
    deleteElements: ({ networkId, parties, relationships }) => editing.delete(networkId, parties, relationships),
    updateParties: ({ networkId, parties }) => editing.updateParties(networkId, parties),
    updateRelationships: ({ networkId, relationships }) => editing.updateRelationships(networkId, relationships),
    savePositions: async ({ networkId, positions }) => ({ saved: await editing.savePositions(networkId, positions) }),
  };
}
