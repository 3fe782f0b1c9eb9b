// Duplicating a network: a new id for the copy, everything else copied server-side.
import type { Network } from '../../shared/domain';
import { duplicateNetwork } from '../repository/duplicateNetwork';
import type { ServiceContext } from './context';

export function createDuplicateNetworkService(ctx: ServiceContext) {
  return {
    duplicate(sourceId: string, name: string): Promise<Network> {
      return duplicateNetwork(ctx.db.store(), sourceId, ctx.newId(), name, ctx.now());
    },
  };
}
export type DuplicateNetworkService = ReturnType<typeof createDuplicateNetworkService>;
