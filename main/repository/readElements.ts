// Reading stored parties and relationships by id: what a large change was before it began, so
// that it can be put back if a later part of it fails (services/chunkedEdits.ts).
import { isRelationshipKind } from '../../shared/domain';
import type { Relationship } from '../../shared/domain';
import { readTx } from '../database/store';
import type { Store } from '../database/store';
import type { Elements } from './editing';
import { partyFromProps, relationshipFromRecord } from './records';
import type { Props } from './records';
import { relationshipById } from './relationshipLookup';

export async function readElements(store: Store, networkId: string, partyIds: readonly string[], relationshipIds: readonly string[]): Promise<Elements> {
  return readTx(store, async (tx) => {
    const parties = partyIds.length === 0 ? [] : (
      await tx.run('UNWIND $ids AS id MATCH (p:Party {networkId: $networkId, id: id}) USING INDEX p:Party(networkId, id) RETURN p {.*} AS party', { networkId, ids: partyIds })
    ).records.map((record) => partyFromProps(record.get('party') as Props));
    const found = relationshipIds.length === 0 ? [] : (
      await tx.run(`UNWIND $ids AS id ${relationshipById('id')} RETURN type(r) AS kind, r {.*} AS props, startNode(r).id AS source, endNode(r).id AS target`, {
        networkId,
        ids: relationshipIds,
      })
    ).records;
    const relationships = found.flatMap((record): Relationship[] => {
      const kind = record.get('kind') as unknown;
      return isRelationshipKind(kind) ? [relationshipFromRecord(kind, record.get('props') as Props, String(record.get('source')), String(record.get('target')))] : [];
    });
    // Only parties' fields and relationships are compared and put back from this; memberships are not.
    return { parties, relationships, memberships: [] };
  });
}
