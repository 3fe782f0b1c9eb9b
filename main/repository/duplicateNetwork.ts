// Copies a whole network in one transaction. Ids are unique per network, so the copy keeps the
// same party and relationship ids (references in exports and scenarios stay meaningful); each
// copied element starts its own version history at 0. Properties are set as one map: setting
// them one by one would briefly give the copy the original's (networkId, id) and trip the
// uniqueness constraint.
import { ApiError } from '../../shared/api';
import { RELATIONSHIP_KINDS } from '../../shared/domain';
import type { Network } from '../../shared/domain';
import { networkFromProps, toInt } from './records';
import type { Props } from './records';
import { writeTx } from '../database/store';
import { linkHistory } from './historyLinks';
import type { Store } from '../database/store';

export async function duplicateNetwork(store: Store, sourceId: string, copyId: string, name: string, now: string): Promise<Network> {
  return writeTx(store, async (tx) => {
    const created = await tx.run(
      `MATCH (s:Network {id: $sourceId})
       CREATE (n:Network {id: $copyId, name: $name, description: s.description, version: 0, createdAt: $now, updatedAt: $now})
       RETURN n {.*} AS network`,
      { sourceId, copyId, name, now },
    );
    const record = created.records[0];
    if (!record) throw new ApiError('not_found', 'That network no longer exists, so it was not duplicated. Pick another from the list.');
    const meta = { sourceId, copyId, now, version: toInt(0) };
    await tx.run(
      `MATCH (p:Party {networkId: $sourceId})
       CREATE (q:Party)
       SET q = p {.*, networkId: $copyId, version: $version, createdAt: $now, updatedAt: $now}`,
      meta,
    );
    for (const kind of RELATIONSHIP_KINDS) {
      await tx.run(
        `MATCH (a:Party {networkId: $sourceId})-[r:${kind}]->(b:Party)
         MATCH (a2:Party {networkId: $copyId, id: a.id}) USING INDEX a2:Party(networkId, id)
         MATCH (b2:Party {networkId: $copyId, id: b.id}) USING INDEX b2:Party(networkId, id)
         CREATE (a2)-[r2:${kind}]->(b2)
         SET r2 = r {.*, networkId: $copyId, version: $version, createdAt: $now, updatedAt: $now}`,
        meta,
      );
    }
    await tx.run(
      `MATCH (a:Party {networkId: $sourceId})-[:PART_OF]->(b:Party)
       MATCH (a2:Party {networkId: $copyId, id: a.id}) USING INDEX a2:Party(networkId, id)
       MATCH (b2:Party {networkId: $copyId, id: b.id}) USING INDEX b2:Party(networkId, id)
       CREATE (a2)-[:PART_OF {networkId: $copyId}]->(b2)`,
      meta,
    );
    // The care log and trust history come along, linked to the copy's parties (issue 12).
    await tx.run(
      `MATCH (e:CareLogEntry {networkId: $sourceId})
       CREATE (f:CareLogEntry)
       SET f = e {.*, networkId: $copyId, version: $version}`,
      meta,
    );
    await tx.run(
      `MATCH (t:TrustAssessment {networkId: $sourceId})
       CREATE (u:TrustAssessment)
       SET u = t {.*, networkId: $copyId}`,
      meta,
    );
    await linkHistory(tx, copyId, 'all');
    return networkFromProps(record.get('network') as Props);
  });
}
