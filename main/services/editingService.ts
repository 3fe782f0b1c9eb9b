// The map editor's one write path: a new party or relationship, and the batches that make every
// other change (undo/redo through restore and delete with snapshots, edits of one element or
// many, saved positions). Checks that need the whole request (self-loops, duplicate ids) happen
// here, before the repository writes anything.
import { ApiError } from '../../shared/api';
import type { MembershipLink, PartyPosition, PartySnapshot, RelationshipSnapshot, VersionRef } from '../../shared/api';
import { isSelfLoop, SELF_LOOP_MESSAGE } from '../../shared/domain';
import type { Party, PartyFields, Relationship, RelationshipFields } from '../../shared/domain';
import * as editing from '../repository/editing';
import type { Elements } from '../repository/editing';
import { createParty } from '../repository/parties';
import { savePositions } from '../repository/positions';
import { createRelationship } from '../repository/relationships';
import { readElements } from '../repository/readElements';
import { chunkedEdits, WRITE_CHUNK } from './chunkedEdits';
import type { ServiceContext } from './context';

function refuseDuplicates(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ApiError('invalid_request', `The ${what} "${id}" appears twice in one change. Each may appear once.`);
    seen.add(id);
  }
}

function refuseSelfLoop(ends: { source: string; target: string }, path: string): void {
  if (isSelfLoop(ends)) throw new ApiError('invalid_request', SELF_LOOP_MESSAGE, [{ path, message: SELF_LOOP_MESSAGE }]);
}

export function createEditingService(ctx: ServiceContext) {
  const chunked = chunkedEdits(() => ctx.db.store(), ctx.now);
  // A change this large is written in chunks (chunkedEdits.ts); smaller ones in one transaction.
  const large = (count: number) => count > WRITE_CHUNK;
  return {
    createParty(networkId: string, fields: PartyFields): Promise<Party> {
      return createParty(ctx.db.store(), networkId, ctx.newId(), fields, ctx.now());
    },
    createRelationship(networkId: string, ends: { source: string; target: string }, fields: RelationshipFields): Promise<Relationship> {
      refuseSelfLoop(ends, 'target');
      return createRelationship(ctx.db.store(), networkId, ctx.newId(), ends, fields, ctx.now());
    },
    restore(networkId: string, parties: PartySnapshot[], relationships: RelationshipSnapshot[], memberships: MembershipLink[] = []): Promise<Elements> {
      refuseDuplicates(parties.map((party) => party.id), 'party');
      refuseDuplicates(relationships.map((relationship) => relationship.id), 'relationship');
      relationships.forEach((relationship, index) => refuseSelfLoop(relationship, `relationships.${index}.target`));
      if (large(parties.length + relationships.length)) return chunked.restore(networkId, parties, relationships, memberships);
      return editing.restoreElements(ctx.db.store(), networkId, parties, relationships, memberships, ctx.now());
    },
    delete(networkId: string, parties: VersionRef[], relationships: VersionRef[]): Promise<Elements> {
      refuseDuplicates(parties.map((party) => party.id), 'party');
      refuseDuplicates(relationships.map((relationship) => relationship.id), 'relationship');
      // Parties take their relationships with them, so a delete is large sooner than a restore.
      if (large(parties.length * 3 + relationships.length)) return chunked.delete(networkId, parties, relationships);
      return editing.deleteElements(ctx.db.store(), networkId, parties, relationships, ctx.now());
    },
    async updateParties(networkId: string, updates: Array<VersionRef & { fields: PartyFields }>): Promise<Party[]> {
      refuseDuplicates(updates.map((update) => update.id), 'party');
      if (large(updates.length)) {
        const before = await readElements(ctx.db.store(), networkId, updates.map((update) => update.id), []);
        return chunked.updateParties(networkId, updates, new Map(before.parties.map((party) => [party.id, party])));
      }
      return editing.updateParties(ctx.db.store(), networkId, updates, ctx.now());
    },
    async updateRelationships(networkId: string, updates: Array<VersionRef & { fields: RelationshipFields }>): Promise<Relationship[]> {
      refuseDuplicates(updates.map((update) => update.id), 'relationship');
      if (large(updates.length)) {
        const before = await readElements(ctx.db.store(), networkId, [], updates.map((update) => update.id));
        return chunked.updateRelationships(networkId, updates, new Map(before.relationships.map((relationship) => [relationship.id, relationship])));
      }
      return editing.updateRelationships(ctx.db.store(), networkId, updates, ctx.now());
    },
    savePositions(networkId: string, positions: PartyPosition[]): Promise<number> {
      return savePositions(ctx.db.store(), networkId, positions);
    },
  };
}
export type EditingService = ReturnType<typeof createEditingService>;
