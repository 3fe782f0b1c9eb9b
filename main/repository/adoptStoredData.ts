// Parties and relationships that a script or another program wrote straight into the database
// often lack what Careweave's writes always give: an id (without one a relationship cannot be
// edited, and the JSON export could not be imported again), a version (without one every edit
// passes the conflict check as version 0 and the version never moves, so concurrent edits
// would silently overwrite each other) and, on relationships, the network id the edits look
// them up by. They are given those here, in one write, once: after it they are ordinary data.
// (A type predicate holds for null, hence "IS :: STRING NOT NULL".)
import { randomUUID } from 'node:crypto';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';
import { toInt } from './records';

export interface Adopted {
  parties: number;
  relationships: number;
}

export async function adoptStoredData(store: Store, networkId: string, now: string): Promise<Adopted> {
  return writeTx(store, async (tx) => {
    // Ids are made here rather than by Cypher's randomUUID() so they have the same form as every
    // other id Careweave makes.
    const parties = await tx.run(
      `MATCH (p:Party {networkId: $networkId})
       WHERE NOT p.id IS :: STRING NOT NULL OR NOT p.version IS :: INTEGER NOT NULL
       RETURN elementId(p) AS element, p.id IS :: STRING NOT NULL AS hasId`,
      { networkId },
    );
    const partyRows = parties.records.map((record) => ({ element: String(record.get('element')), id: record.get('hasId') === true ? null : randomUUID() }));
    if (partyRows.length > 0) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (p:Party) WHERE elementId(p) = row.element
         SET p.id = coalesce(row.id, p.id),
             p.version = CASE WHEN p.version IS :: INTEGER NOT NULL THEN p.version ELSE $zero END,
             p.createdAt = coalesce(p.createdAt, $now), p.updatedAt = coalesce(p.updatedAt, $now)`,
        { rows: partyRows, zero: toInt(0), now },
      );
    }
    // Only relationships between two parties of this network belong to it.
    const relationships = await tx.run(
      `MATCH (:Party {networkId: $networkId})-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS]->(:Party {networkId: $networkId})
       WHERE NOT r.id IS :: STRING NOT NULL OR NOT r.version IS :: INTEGER NOT NULL OR r.networkId IS NULL OR r.networkId <> $networkId
       RETURN elementId(r) AS element, r.id IS :: STRING NOT NULL AS hasId`,
      { networkId },
    );
    const relationshipRows = relationships.records.map((record) => ({ element: String(record.get('element')), id: record.get('hasId') === true ? null : randomUUID() }));
    if (relationshipRows.length > 0) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH ()-[r]->() WHERE elementId(r) = row.element
         SET r.id = coalesce(row.id, r.id), r.networkId = $networkId,
             r.version = CASE WHEN r.version IS :: INTEGER NOT NULL THEN r.version ELSE $zero END,
             r.createdAt = coalesce(r.createdAt, $now), r.updatedAt = coalesce(r.updatedAt, $now)`,
        { rows: relationshipRows, networkId, zero: toInt(0), now },
      );
    }
    return { parties: partyRows.length, relationships: relationshipRows.length };
  });
}

export function adoptedNote(adopted: Adopted): string | null {
  const parts = [
    adopted.parties > 0 ? `${adopted.parties.toLocaleString('en-US')} part${adopted.parties === 1 ? 'y' : 'ies'}` : null,
    adopted.relationships > 0 ? `${adopted.relationships.toLocaleString('en-US')} relationship${adopted.relationships === 1 ? '' : 's'}` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} written into the database by another program had no id or version of their own; Careweave gave them one, so they can now be edited, exported and imported again like the rest.`;
}
