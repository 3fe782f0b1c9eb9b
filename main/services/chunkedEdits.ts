// Large edits in chunks (issue 16, point 7). One transaction holding 20,000 parties and their
// relationships outgrows Neo4j's transaction memory (a 512 MB heap allows about 350 MB for all
// transactions), so a large restore, delete or update is written as a run of smaller ones. It
// stays one change to the person: each chunk checks its own versions (no silent overwrite), and
// if any chunk fails, the chunks already written are undone in reverse before the error is
// reported, so nothing is left half done.
import type { PartySnapshot, RelationshipSnapshot, VersionRef } from '../../shared/api';
import type { Party, PartyFields, Relationship, RelationshipFields } from '../../shared/domain';
import * as editing from '../repository/editing';
import type { Elements } from '../repository/editing';
import type { Membership } from '../repository/memberships';
import type { Store } from '../database/store';

// Measured on the test database (512 MB heap): 5,000 created parties or relationships take well
// under a tenth of the transaction memory; a delete also carries each party's relationships, so
// it goes in smaller steps.
export const WRITE_CHUNK = 5_000;
export const DELETE_CHUNK = 2_000;

type Step<T> = { run: () => Promise<T>; undo: (done: T) => Promise<unknown> };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/** Runs the steps in order; on a failure undoes the finished ones, last first, and rethrows. */
async function allOrNothing<T>(steps: readonly Step<T>[]): Promise<T[]> {
  const done: { step: Step<T>; result: T }[] = [];
  try {
    for (const step of steps) done.push({ step, result: await step.run() });
  } catch (error) {
    for (const { step, result } of done.reverse()) await step.undo(result);
    throw error;
  }
  return done.map(({ result }) => result);
}

const refsOf = (elements: readonly { id: string; version: number }[]): VersionRef[] => elements.map(({ id, version }) => ({ id, version }));

const merged = (results: readonly Elements[]): Elements => ({
  parties: results.flatMap((result) => result.parties),
  relationships: results.flatMap((result) => result.relationships),
  memberships: results.flatMap((result) => result.memberships),
});

const snapshotsOf = ({ parties, relationships }: Elements): { parties: PartySnapshot[]; relationships: RelationshipSnapshot[] } => ({
  parties: parties.map(({ networkId: _network, createdAt: _created, updatedAt: _updated, ...snapshot }) => snapshot),
  relationships: relationships.map(({ networkId: _network, createdAt: _created, updatedAt: _updated, ...snapshot }) => snapshot),
});

export function chunkedEdits(store: () => Store, now: () => string) {
  const restore = (networkId: string, parties: PartySnapshot[], relationships: RelationshipSnapshot[], memberships: Membership[] = []) =>
    editing.restoreElements(store(), networkId, parties, relationships, memberships, now());
  const remove = (networkId: string, elements: Elements) =>
    editing.deleteElements(store(), networkId, refsOf(elements.parties), refsOf(elements.relationships), now());
  const putBack = (networkId: string, deleted: Elements) => {
    const { parties, relationships } = snapshotsOf(deleted);
    // A restore continues from the version before the delete; undoing gives the same versions back.
    return restore(networkId, parties.map((party) => ({ ...party, version: party.version - 1 })), relationships.map((r) => ({ ...r, version: r.version - 1 })), deleted.memberships);
  };

  return {
    /** Parties first (relationships and memberships need both ends), then relationships, then memberships. */
    async restore(networkId: string, parties: PartySnapshot[], relationships: RelationshipSnapshot[], memberships: Membership[] = []): Promise<Elements> {
      const steps: Step<Elements>[] = [
        ...chunks(parties, WRITE_CHUNK).map((chunk) => ({ run: () => restore(networkId, chunk, []), undo: (done: Elements) => remove(networkId, done) })),
        ...chunks(relationships, WRITE_CHUNK).map((chunk) => ({ run: () => restore(networkId, [], chunk), undo: (done: Elements) => remove(networkId, done) })),
        // Undoing the parties' step ends their memberships with them.
        ...chunks(memberships, WRITE_CHUNK).map((chunk) => ({ run: () => restore(networkId, [], [], chunk), undo: async () => undefined })),
      ];
      return merged(await allOrNothing(steps));
    },

    /** Relationships named on their own first, then parties with whatever is still attached. */
    async delete(networkId: string, parties: VersionRef[], relationships: VersionRef[]): Promise<Elements> {
      const steps: Step<Elements>[] = [
        ...chunks(relationships, DELETE_CHUNK).map((chunk) => ({
          run: () => editing.deleteElements(store(), networkId, [], chunk, now()),
          undo: (done: Elements) => putBack(networkId, done),
        })),
        ...chunks(parties, DELETE_CHUNK).map((chunk) => ({
          run: () => editing.deleteElements(store(), networkId, chunk, [], now()),
          undo: (done: Elements) => putBack(networkId, done),
        })),
      ];
      const results = await allOrNothing(steps);
      // A relationship between two parties of different chunks went with the first of them.
      const seen = new Set<string>();
      const all = merged(results);
      return { parties: all.parties, relationships: all.relationships.filter((relationship) => !seen.has(relationship.id) && seen.add(relationship.id)), memberships: all.memberships };
    },

    async updateParties(networkId: string, updates: Array<VersionRef & { fields: PartyFields }>, previous: ReadonlyMap<string, Party>): Promise<Party[]> {
      const steps = chunks(updates, WRITE_CHUNK).map((chunk) => ({
        run: () => editing.updateParties(store(), networkId, chunk, now()),
        undo: (done: Party[]) => editing.updateParties(store(), networkId, done.map(({ id, version }) => ({ id, version, fields: partyFieldsOf(previous.get(id)!) })), now()),
      }));
      return (await allOrNothing(steps)).flat();
    },

    async updateRelationships(
      networkId: string,
      updates: Array<VersionRef & { fields: RelationshipFields }>,
      previous: ReadonlyMap<string, Relationship>,
    ): Promise<Relationship[]> {
      const steps = chunks(updates, WRITE_CHUNK).map((chunk) => ({
        run: () => editing.updateRelationships(store(), networkId, chunk, now()),
        undo: (done: Relationship[]) =>
          editing.updateRelationships(store(), networkId, done.map(({ id, version }) => ({ id, version, fields: relationshipFieldsOf(previous.get(id)!) })), now()),
      }));
      return (await allOrNothing(steps)).flat();
    },
  };
}

// The editable fields of a stored element: everything but identity, ends and bookkeeping.
function partyFieldsOf({ id: _id, networkId: _network, version: _version, createdAt: _created, updatedAt: _updated, ...fields }: Party): PartyFields {
  return fields;
}

function relationshipFieldsOf(relationship: Relationship): RelationshipFields {
  const { id: _id, networkId: _network, version: _version, createdAt: _created, updatedAt: _updated, source: _source, target: _target, ...fields } = relationship;
  return fields;
}
