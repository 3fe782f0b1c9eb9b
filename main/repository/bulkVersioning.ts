// Optimistic concurrency for batches: the same lock-then-read pattern as versioning.ts, done for
// a whole selection in one query, so a bulk edit either finds every element at the version the
// person saw or changes nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { relationshipById } from './relationshipLookup';
import type { EntityLabel } from './versioning';

export type VersionRef = { id: string; version: number };

const BULK_LOCK_QUERIES: Record<EntityLabel, string> = {
  party: `UNWIND $refs AS ref
          MATCH (e:Party {networkId: $networkId, id: ref.id}) USING INDEX e:Party(networkId, id)
          SET e._LOCK_ = true
          WITH ref, e, e.version AS version, e.name AS name
          REMOVE e._LOCK_
          RETURN ref.id AS id, version, name`,
  relationship: `UNWIND $refs AS ref
                 WITH ref, ref.id AS id
                 ${relationshipById('id')}
                 SET r._LOCK_ = true
                 WITH ref, r, r.version AS version, type(r) AS name
                 REMOVE r._LOCK_
                 RETURN ref.id AS id, version, name`,
};

function listNames(names: string[]): string {
  const shown = names.slice(0, 3).map((name) => `"${name}"`);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return `${shown.join(', ')}${more}`;
}

export async function lockAllAtVersions(
  tx: ManagedTransaction,
  label: EntityLabel,
  networkId: string,
  refs: readonly VersionRef[],
): Promise<void> {
  if (refs.length === 0) return;
  const expected = new Map(refs.map((ref) => [ref.id, ref.version]));
  const result = await tx.run(BULK_LOCK_QUERIES[label], { networkId, refs: refs.map((ref) => ({ id: ref.id })) });
  const found = new Set<string>();
  const stale: string[] = [];
  for (const record of result.records) {
    const id = String(record.get('id'));
    found.add(id);
    if (Number(record.get('version')) !== expected.get(id)) stale.push(label === 'party' ? String(record.get('name')) : id);
  }
  // What the lookup did not return is gone.
  const missing = refs.map((ref) => ref.id).filter((id) => !found.has(id));
  const plural = label === 'party' ? 'parties' : 'relationships';
  if (missing.length > 0) {
    const count = missing.length === 1 ? `One ${label}` : `${missing.length} ${plural}`;
    throw new ApiError(
      'not_found',
      `${count} of this change no longer exist in the network (${listNames(missing)}); they may have been deleted elsewhere. Nothing was changed. Reload the map.`,
    );
  }
  if (stale.length > 0) {
    const who = label === 'party' ? listNames(stale) : `${stale.length} ${plural}`;
    throw new ApiError(
      'conflict',
      `${who} changed elsewhere since you opened the map, so nothing was changed. Reload to see the latest, then make your change again.`,
    );
  }
}
