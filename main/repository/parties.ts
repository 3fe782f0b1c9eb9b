// Parties: load, read some, and create one. Every later change goes through the editor's batches (editing.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import type { Party, PartyFields } from '../../shared/domain';
import { partyWithOrganisation, writeMemberships } from './memberships';
import { touchNetwork } from './touchNetwork';
import { partyFieldsToProps, partyFromProps, toInt } from './records';
import type { Props } from './records';
import type { StoredReading } from './storedReading';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';

export async function loadParties(tx: ManagedTransaction, networkId: string, reading?: StoredReading): Promise<Party[]> {
  const result = await tx.run(`MATCH (p:Party {networkId: $networkId}) RETURN ${partyWithOrganisation()} AS party ORDER BY p.name, p.id`, { networkId });
  return result.records.map((record) => partyFromProps(record.get('party') as Props, reading));
}

export async function createParty(store: Store, networkId: string, id: string, fields: PartyFields, now: string): Promise<Party> {
  return writeTx(store, async (tx) => {
    const result = await tx.run(
      `MATCH (n:Network {id: $networkId})
       CREATE (p:Party {id: $id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now})
       SET p += $props
       RETURN p.id AS id`,
      { networkId, id, props: partyFieldsToProps(fields), version: toInt(0), now },
    );
    if (result.records.length === 0) throw new ApiError('not_found', 'That network no longer exists, so the party was not added.');
    await writeMemberships(tx, networkId, fields.partOf === null ? [] : [{ id, partOf: fields.partOf }]);
    await touchNetwork(tx, networkId, now);
    const [party] = await readParties(tx, networkId, [id]);
    return party!;
  });
}

/** The parties with these ids as stored now, membership included, in no particular order. */
export async function readParties(tx: ManagedTransaction, networkId: string, ids: readonly string[]): Promise<Party[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id MATCH (p:Party {networkId: $networkId, id: id}) USING INDEX p:Party(networkId, id) RETURN ${partyWithOrganisation()} AS party`,
    { networkId, ids },
  );
  return result.records.map((record) => partyFromProps(record.get('party') as Props));
}
