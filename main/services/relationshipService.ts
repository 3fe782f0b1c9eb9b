// Relationships between two parties of the same network.
import { ApiError } from '../../shared/api';
import { isSelfLoop, SELF_LOOP_MESSAGE } from '../../shared/domain';
import type { Relationship, RelationshipFields } from '../../shared/domain';
import * as relationships from '../repository/relationships';
import type { ServiceContext } from './context';

export function createRelationshipService(ctx: ServiceContext) {
  return {
    create(networkId: string, ends: { source: string; target: string }, fields: RelationshipFields): Promise<Relationship> {
      if (isSelfLoop(ends)) throw new ApiError('invalid_request', SELF_LOOP_MESSAGE, [{ path: 'target', message: SELF_LOOP_MESSAGE }]);
      return relationships.createRelationship(ctx.db.store(), networkId, ctx.newId(), ends, fields, ctx.now());
    },
    update(networkId: string, id: string, version: number, fields: RelationshipFields): Promise<Relationship> {
      return relationships.updateRelationship(ctx.db.store(), networkId, id, version, fields, ctx.now());
    },
    delete(networkId: string, id: string, version: number): Promise<void> {
      return relationships.deleteRelationship(ctx.db.store(), networkId, id, version, ctx.now());
    },
  };
}
export type RelationshipService = ReturnType<typeof createRelationshipService>;
