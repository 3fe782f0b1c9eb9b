// Networks: the named maps one database holds. Parties and relationships carry the network's
// id, so a network is deleted by deleting everything with its id.
import { ApiError } from '../../shared/api';
import type { Network, NetworkFields, NetworkGraph, NetworkSummary } from '../../shared/domain';
import { loadParties } from './parties';
import { networkFromProps, toInt } from './records';
import type { Props } from './records';
import { loadRelationships } from './relationships';
import { adoptedNote, adoptStoredData } from './adoptStoredData';
import { createStoredReading } from './storedReading';
import type { StoredReading } from './storedReading';
import { readTx, writeTx } from '../database/store';
import { lockAtVersions } from './versioning';
import type { Store } from '../database/store';

// Large networks are deleted in slices so one transaction never has to hold them all.
const DELETE_BATCH = 5_000;

function notFound(): ApiError {
  return new ApiError('not_found', 'That network no longer exists. It may have been deleted; pick another from the list.');
}

export async function listNetworks(store: Store): Promise<NetworkSummary[]> {
  return readTx(store, async (tx) => {
    const result = await tx.run(
      `MATCH (n:Network)
       CALL (n) {
         OPTIONAL MATCH (p:Party {networkId: n.id})
         RETURN count(p) AS partyCount
       }
       CALL (n) {
         // Counted from the network's parties (an indexed lookup), not by scanning every
         // relationship in the database for its networkId, which grew with all networks together.
         OPTIONAL MATCH (:Party {networkId: n.id})-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS]->()
         RETURN count(r) AS relationshipCount
       }
       RETURN n {.*} AS network, partyCount, relationshipCount
       ORDER BY toLower(n.name), n.createdAt`,
    );
    return result.records.map((record) => ({
      ...networkFromProps(record.get('network') as Props),
      partyCount: Number(record.get('partyCount')),
      relationshipCount: Number(record.get('relationshipCount')),
    }));
  });
}

export async function createNetwork(store: Store, id: string, fields: NetworkFields, now: string): Promise<Network> {
  return writeTx(store, async (tx) => {
    const result = await tx.run(
      `CREATE (n:Network {id: $id, name: $name, description: $description, version: 0, createdAt: $now, updatedAt: $now})
       RETURN n {.*} AS network`,
      { id, name: fields.name, description: fields.description, now },
    );
    return networkFromProps(result.records[0]?.get('network') as Props);
  });
}

/** Renames or redescribes a network, if nobody else has since the person saw `version`. */
export async function updateNetwork(store: Store, id: string, fields: NetworkFields, version: number, now: string): Promise<Network> {
  return writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'network', id, [{ id, version }]);
    const result = await tx.run(
      `MATCH (n:Network {id: $id})
       SET n.name = $name, n.description = $description, n.updatedAt = $now, n.version = coalesce(n.version, 0) + 1
       RETURN n {.*} AS network`,
      { id, name: fields.name, description: fields.description, now },
    );
    const record = result.records[0];
    if (!record) throw notFound();
    return networkFromProps(record.get('network') as Props);
  });
}

export async function deleteNetwork(store: Store, id: string): Promise<void> {
  const exists = await readTx(store, async (tx) => (await tx.run('MATCH (n:Network {id: $id}) RETURN n.id', { id })).records.length > 0);
  if (!exists) throw notFound();
  for (;;) {
    const deleted = await writeTx(store, async (tx) => {
      const result = await tx.run(
        `MATCH (p:Party {networkId: $id}) WITH p LIMIT $batch DETACH DELETE p RETURN count(*) AS deleted`,
        { id, batch: toInt(DELETE_BATCH) },
      );
      return Number(result.records[0]?.get('deleted') ?? 0);
    });
    if (deleted === 0) break;
  }
  await writeTx(store, async (tx) => {
    // Its saved scenarios, views, presentations, care log and earlier trust assessments go with it.
    await tx.run('MATCH (s:Scenario {networkId: $id}) DETACH DELETE s', { id });
    await tx.run('MATCH (e:CareLogEntry {networkId: $id}) DETACH DELETE e', { id });
    await tx.run('MATCH (t:TrustAssessment {networkId: $id}) DETACH DELETE t', { id });
    // And its insight settings and dismissed warnings (issue 11).
    await tx.run('MATCH (s:InsightSettings|WarningDismissal {networkId: $id}) DETACH DELETE s', { id });
    await tx.run('MATCH (v:SavedView {networkId: $id}) DETACH DELETE v', { id });
    await tx.run('MATCH (p:Presentation {networkId: $id}) DETACH DELETE p', { id });
    await tx.run('MATCH (n:Network {id: $id}) DETACH DELETE n', { id });
  });
}

/** A network as stored, with what could not be understood of data written by other programs. */
export interface NetworkReading {
  graph: NetworkGraph;
  notes: string[];
}

function readGraph(store: Store, id: string, reading: StoredReading): Promise<NetworkGraph> {
  return readTx(store, async (tx) => {
    const result = await tx.run('MATCH (n:Network {id: $id}) RETURN n {.*} AS network', { id });
    const record = result.records[0];
    if (!record) throw notFound();
    const network = networkFromProps(record.get('network') as Props);
    const parties = await loadParties(tx, id, reading);
    const relationships = await loadRelationships(tx, id, reading);
    return { network, parties, relationships };
  });
}

/**
 * Reads a network. Elements another program wrote without an id or version are adopted first
 * (one write, only when the read found some; adoptStoredData.ts) and the network is read again.
 */
export async function readNetwork(store: Store, id: string, now: string): Promise<NetworkReading> {
  let reading = createStoredReading();
  let graph = await readGraph(store, id, reading);
  const notes: string[] = [];
  if (reading.needsAdoption) {
    const note = adoptedNote(await adoptStoredData(store, id, now));
    if (note) notes.push(note);
    reading = createStoredReading();
    graph = await readGraph(store, id, reading);
  }
  return { graph, notes: [...notes, ...reading.lines()] };
}

export async function getNetworkGraph(store: Store, id: string, now = new Date().toISOString()): Promise<NetworkGraph> {
  return (await readNetwork(store, id, now)).graph;
}
