// Parties inside a network.
import type { Party, PartyFields } from '../../shared/domain';
import * as parties from '../repository/parties';
import type { ServiceContext } from './context';

export function createPartyService(ctx: ServiceContext) {
  return {
    create(networkId: string, fields: PartyFields): Promise<Party> {
      return parties.createParty(ctx.db.store(), networkId, ctx.newId(), fields, ctx.now());
    },
    update(networkId: string, id: string, version: number, fields: PartyFields): Promise<Party> {
      return parties.updateParty(ctx.db.store(), networkId, id, version, fields, ctx.now());
    },
    delete(networkId: string, id: string, version: number): Promise<number> {
      return parties.deleteParty(ctx.db.store(), networkId, id, version, ctx.now());
    },
  };
}
export type PartyService = ReturnType<typeof createPartyService>;
