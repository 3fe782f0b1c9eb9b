// Parties: create, update (at a known version), delete with their relationships, and load.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import type { Party, PartyFields } from '../../shared/domain';
import { touchNetwork } from './touchNetwork';
import { partyFieldsToProps, partyFromProps, toInt } from './records';
import type { Props } from './records';
import { writeTx } from './store';
import type { Store } from './store';
import { lockAtVersion } from './versioning';

export async function loadParties(tx: ManagedTransaction, networkId: string): Promise<Party[]> {
  const result = await tx.run('MATCH (p:Party {networkId: $networkId}) RETURN p {.*} AS party ORDER BY p.name, p.id', { networkId });
  return result.records.map((record) => partyFromProps(record.get('party') as Props));
}

export async function createParty(store: Store, networkId: string, id: string, fields: PartyFields, now: string): Promise<Party> {
  return writeTx(store, async (tx) => {
    const result = await tx.run(
      `MATCH (n:Network {id: $networkId})
       CREATE (p:Party {id: $id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now})
       SET p += $props
       RETURN p {.*} AS party`,
      { networkId, id, props: partyFieldsToProps(fields), version: toInt(0), now },
    );
    const record = result.records[0];
    if (!record) throw new ApiError('not_found', 'That network no longer exists, so the party was not added.');
    await touchNetwork(tx, networkId, now);
    return partyFromProps(record.get('party') as Props);
  });
}

export async function updateParty(
  store: Store,
  networkId: string,
  id: string,
  version: number,
  fields: PartyFields,
  now: string,
): Promise<Party> {
  return writeTx(store, async (tx) => {
    await lockAtVersion(tx, 'party', networkId, id, version);
    const result = await tx.run(
      `MATCH (p:Party {networkId: $networkId, id: $id})
       SET p += $props, p.version = p.version + 1, p.updatedAt = $now
       RETURN p {.*} AS party`,
      { networkId, id, props: partyFieldsToProps(fields), now },
    );
    await touchNetwork(tx, networkId, now);
    return partyFromProps(result.records[0]?.get('party') as Props);
  });
}

export async function deleteParty(store: Store, networkId: string, id: string, version: number, now: string): Promise<number> {
  return writeTx(store, async (tx) => {
    await lockAtVersion(tx, 'party', networkId, id, version);
    const result = await tx.run(
      `MATCH (p:Party {networkId: $networkId, id: $id})
       OPTIONAL MATCH (p)-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS]-()
       WITH p, count(r) AS relationships
       DETACH DELETE p
       RETURN relationships`,
      { networkId, id },
    );
    await touchNetwork(tx, networkId, now);
    return Number(result.records[0]?.get('relationships') ?? 0);
  });
}
