// Optimistic concurrency: an edit names the version it started from; if the stored entity has
// moved on, the edit is refused as a conflict instead of overwriting someone else's change.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { relationshipById } from './relationshipLookup';

export type EntityLabel = 'party' | 'relationship';

// Setting a throwaway property takes the write lock before the version is read, so two edits
// racing from the same version cannot both pass the check (Neo4j's documented lost-update
// pattern: lock first, then read).
const LOCK_QUERIES: Record<EntityLabel, string> = {
  party: `MATCH (e:Party {networkId: $networkId, id: $id}) USING INDEX e:Party(networkId, id)
          SET e._LOCK_ = true
          WITH e, e.version AS version, e.name AS name
          REMOVE e._LOCK_
          RETURN version, name`,
  // One indexed MATCH per kind (relationshipLookup.ts): all three kinds in one pattern scan.
  relationship: `WITH $id AS id
                 ${relationshipById('id', 'e')}
                 SET e._LOCK_ = true
                 WITH e, e.version AS version, type(e) AS name
                 REMOVE e._LOCK_
                 RETURN version, name`,
};

const WHAT: Record<EntityLabel, string> = { party: 'party', relationship: 'relationship' };

export async function lockAtVersion(
  tx: ManagedTransaction,
  label: EntityLabel,
  networkId: string,
  id: string,
  expectedVersion: number,
): Promise<void> {
  const result = await tx.run(LOCK_QUERIES[label], { networkId, id });
  const record = result.records[0];
  if (!record) {
    throw new ApiError('not_found', `That ${WHAT[label]} no longer exists in this network (it may have been deleted). Reload the map.`);
  }
  const stored = Number(record.get('version'));
  if (stored !== expectedVersion) {
    const name = label === 'party' ? `"${String(record.get('name'))}"` : `this ${WHAT[label]}`;
    throw new ApiError(
      'conflict',
      `${name[0]?.toUpperCase()}${name.slice(1)} was changed elsewhere since you opened it (you edited version ${expectedVersion}, the saved one is version ${stored}). Reload to see the latest, then make your change again.`,
    );
  }
}
