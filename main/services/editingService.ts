// The editor's batch operations: undo/redo (restore and delete with snapshots), bulk edits and
// saved positions. Checks that need the whole request (self-loops, duplicate ids, ends that are
// neither stored nor restored together) happen here, before the repository writes anything.
import { ApiError } from '../../shared/api';
import type { PartyPosition, PartySnapshot, RelationshipSnapshot } from '../../shared/api';
import { isSelfLoop, SELF_LOOP_MESSAGE } from '../../shared/domain';
import type { Party, PartyFields, Relationship, RelationshipFields } from '../../shared/domain';
import type { VersionRef } from '../repository/bulkVersioning';
import * as editing from '../repository/editing';
import type { Elements } from '../repository/editing';
import { savePositions } from '../repository/positions';
import type { ServiceContext } from './context';

function refuseDuplicates(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ApiError('invalid_request', `The ${what} "${id}" appears twice in one change. Each may appear once.`);
    seen.add(id);
  }
}

export function createEditingService(ctx: ServiceContext) {
  return {
    restore(networkId: string, parties: PartySnapshot[], relationships: RelationshipSnapshot[]): Promise<Elements> {
      refuseDuplicates(parties.map((party) => party.id), 'party');
      refuseDuplicates(relationships.map((relationship) => relationship.id), 'relationship');
      const loop = relationships.findIndex(isSelfLoop);
      if (loop >= 0) {
        throw new ApiError('invalid_request', SELF_LOOP_MESSAGE, [{ path: `relationships.${loop}.target`, message: SELF_LOOP_MESSAGE }]);
      }
      return editing.restoreElements(ctx.db.store(), networkId, parties, relationships, ctx.now());
    },
    delete(networkId: string, parties: VersionRef[], relationships: VersionRef[]): Promise<Elements> {
      refuseDuplicates(parties.map((party) => party.id), 'party');
      refuseDuplicates(relationships.map((relationship) => relationship.id), 'relationship');
      return editing.deleteElements(ctx.db.store(), networkId, parties, relationships, ctx.now());
    },
    updateParties(networkId: string, updates: Array<VersionRef & { fields: PartyFields }>): Promise<Party[]> {
      refuseDuplicates(updates.map((update) => update.id), 'party');
      return editing.updateParties(ctx.db.store(), networkId, updates, ctx.now());
    },
    updateRelationships(networkId: string, updates: Array<VersionRef & { fields: RelationshipFields }>): Promise<Relationship[]> {
      refuseDuplicates(updates.map((update) => update.id), 'relationship');
      return editing.updateRelationships(ctx.db.store(), networkId, updates, ctx.now());
    },
    savePositions(networkId: string, positions: PartyPosition[]): Promise<number> {
      return savePositions(ctx.db.store(), networkId, positions);
    },
  };
}
export type EditingService = ReturnType<typeof createEditingService>;
