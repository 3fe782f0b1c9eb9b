// Parties and relationships that a script or another program wrote straight into the database
// often lack what Careweave's writes always give: an id (without one a relationship cannot be
// edited, and the JSON export could not be imported again), a version (without one every edit
// passes the conflict check as version 0 and the version never moves, so concurrent edits
// would silently overwrite each other) and, on relationships, the network id the edits look
// them up by. They are given those here, in one write, once: after it they are ordinary data.
// (A type predicate holds for null, hence "IS :: STRING NOT NULL".)
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';
import { toInt } from './records';

export interface Adopted {
  parties: number;
  relationships: number;
}

// Finds the elements to adopt (each query returns `element` and `hasId`), then gives each the
// id it lacks and runs `set` on them, with `e` bound to the element.
async function adoptMatching(tx: ManagedTransaction, find: string, match: string, set: string, params: Record<string, unknown>): Promise<number> {
  const found = await tx.run(find, params);
  // Ids are made here rather than by Cypher's randomUUID() so they have the same form as every
  // other id Careweave makes.
  const rows = found.records.map((record) => ({ element: String(record.get('element')), id: record.get('hasId') === true ? null : randomUUID() }));
  if (rows.length > 0) {
    await tx.run(
      `UNWIND $rows AS row
       ${match} WHERE elementId(e) = row.element
       SET e.id = coalesce(row.id, e.id),
           e.version = CASE WHEN e.version IS :: INTEGER NOT NULL THEN e.version ELSE $zero END,
           e.createdAt = coalesce(e.createdAt, $now), e.updatedAt = coalesce(e.updatedAt, $now)
       ${set}`,
      { ...params, rows, zero: toInt(0) },
    );
  }
  return rows.length;
}

export async function adoptStoredData(store: Store, networkId: string, now: string): Promise<Adopted> {
  return writeTx(store, async (tx) => {
    const parties = await adoptMatching(
      tx,
      `MATCH (p:Party {networkId: $networkId})
       WHERE NOT p.id IS :: STRING NOT NULL OR NOT p.version IS :: INTEGER NOT NULL
       RETURN elementId(p) AS element, p.id IS :: STRING NOT NULL AS hasId`,
      'MATCH (e:Party)',
      '',
      { networkId, now },
    );
    // Only relationships between two parties of this network belong to it.
    const relationships = await adoptMatching(
      tx,
      `MATCH (:Party {networkId: $networkId})-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS]->(:Party {networkId: $networkId})
       WHERE NOT r.id IS :: STRING NOT NULL OR NOT r.version IS :: INTEGER NOT NULL OR r.networkId IS NULL OR r.networkId <> $networkId
       RETURN elementId(r) AS element, r.id IS :: STRING NOT NULL AS hasId`,
      'MATCH ()-[e]->()',
      'SET e.networkId = $networkId',
      { networkId, now },
    );
    return { parties, relationships };
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
