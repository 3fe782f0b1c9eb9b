// Organisations in Neo4j (issue 15): a party that is part of another is stored as
// (member:Party)-[:PART_OF {networkId}]->(organisation:Party), readable in Neo4j Browser, never as
// a property. A party's `partOf` is read back through PARTY_WITH_ORGANISATION, and every write
// of party fields that carries `partOf` goes through writeMemberships, in the same transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { membershipLoopMessage, SELF_MEMBERSHIP_MESSAGE } from '../../shared/domain';

/** A party's stored properties with its organisation's id as `partOf` (null when it has none). */
export function partyWithOrganisation(variable = 'p'): string {
  return `${variable} {.*, partOf: head([(${variable})-[:PART_OF]->(organisation:Party) | organisation.id])}`;
}

export interface MembershipRow {
  id: string;
  partOf: string | null;
}

export interface Membership {
  partyId: string;
  organisationId: string;
}

const BATCH = 10_000;

/**
 * Makes each listed party's organisation the one given (none for null), replacing what it had.
 * Refuses, rolling the transaction back, an organisation that is not in the network, a party
 * named as its own organisation, and membership that would loop.
 */
export async function writeMemberships(tx: ManagedTransaction, networkId: string, rows: readonly MembershipRow[]): Promise<void> {
  if (rows.length === 0) return;
  const self = rows.find((row) => row.partOf === row.id);
  if (self) throw new ApiError('invalid_request', SELF_MEMBERSHIP_MESSAGE, [{ path: 'partOf', message: SELF_MEMBERSHIP_MESSAGE }]);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (p:Party {networkId: $networkId, id: row.id}) USING INDEX p:Party(networkId, id)
       CALL (p) { MATCH (p)-[old:PART_OF]->() DELETE old }
       WITH p, row WHERE row.partOf IS NOT NULL
       OPTIONAL MATCH (o:Party {networkId: $networkId, id: row.partOf}) USING INDEX o:Party(networkId, id)
       FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (p)-[:PART_OF {networkId: $networkId}]->(o))
       WITH row WHERE o IS NULL
       RETURN collect(row.partOf) AS missing`,
      { networkId, rows: batch },
    );
    const missing = (result.records[0]?.get('missing') as string[] | undefined) ?? [];
    if (missing.length > 0) {
      const list = [...new Set(missing)].slice(0, 3).map((id) => `"${id}"`).join(', ');
      throw new ApiError('not_found', `Nothing was saved: the organisation ${list} is not in this network (it may have been deleted). Reload the map and choose another.`, [
        { path: 'partOf', message: `Unknown organisation: ${missing.join(', ')}` },
      ]);
    }
  }
  await refuseLoops(tx, networkId, rows.filter((row) => row.partOf !== null).map((row) => row.id));
}

async function refuseLoops(tx: ManagedTransaction, networkId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Party {networkId: $networkId, id: id}) USING INDEX p:Party(networkId, id)
     MATCH (p)-[:PART_OF]->(o:Party)
     WHERE EXISTS { MATCH (o)-[:PART_OF*0..]->(p) }
     RETURN p.name AS member, o.name AS organisation LIMIT 1`,
    { networkId, ids },
  );
  const record = result.records[0];
  if (record) {
    const message = membershipLoopMessage(String(record.get('member')), String(record.get('organisation')));
    throw new ApiError('invalid_request', message, [{ path: 'partOf', message }]);
  }
}

/** Members outside `partyIds` of the parties in it: their membership ends when those are deleted. */
export async function membershipsEndingWith(tx: ManagedTransaction, networkId: string, partyIds: readonly string[]): Promise<Membership[]> {
  if (partyIds.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (o:Party {networkId: $networkId, id: id}) USING INDEX o:Party(networkId, id)
     MATCH (m:Party)-[:PART_OF]->(o)
     WHERE NOT m.id IN $ids
     RETURN m.id AS partyId, o.id AS organisationId`,
    { networkId, ids: partyIds },
  );
  return result.records.map((record) => ({ partyId: String(record.get('partyId')), organisationId: String(record.get('organisationId')) }));
}

/**
 * Gives back memberships a delete ended (undo). A member that has joined another organisation
 * since, or is gone, is left as it is: the undo brings back what was deleted, not old choices.
 */
export async function restoreMemberships(tx: ManagedTransaction, networkId: string, memberships: readonly Membership[]): Promise<string[]> {
  if (memberships.length === 0) return [];
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (m:Party {networkId: $networkId, id: row.partyId}) USING INDEX m:Party(networkId, id)
     MATCH (o:Party {networkId: $networkId, id: row.organisationId}) USING INDEX o:Party(networkId, id)
     WITH m, o WHERE NOT EXISTS { (m)-[:PART_OF]->() }
     CREATE (m)-[:PART_OF {networkId: $networkId}]->(o)
     RETURN m.id AS id`,
    { networkId, rows: memberships },
  );
  return result.records.map((record) => String(record.get('id')));
}
