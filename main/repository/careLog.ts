// The care log (issue 12), stored as readable nodes:
//   (:CareLogEntry {id, networkId, on, kind, note, owner, subjectKind, subjectId, partyIds, version, …})-[:ABOUT]->(:Party)
// An entry about a party points to it; one about a relationship points to both its parties and
// names the relationship in subjectId. `partyIds` keeps those ends, so deleting a party keeps its
// entries (an undo brings the party back with its log; see linkHistory in historyLinks.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { TOUCHPOINT_KINDS } from '../../shared/domain';
import type { CareLogEntry, CareLogFields, CareLogSubject, TouchpointKind } from '../../shared/domain';
import { relationshipById } from './relationshipLookup';
import { toInt } from './records';
import type { Props } from './records';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';
import { lockAtVersions } from './versioning';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export function careLogEntryFromProps(props: Props): CareLogEntry {
  const kind = TOUCHPOINT_KINDS.find((candidate) => candidate === props.kind) ?? ('meeting' satisfies TouchpointKind);
  return {
    id: str(props.id),
    networkId: str(props.networkId),
    subject: { kind: props.subjectKind === 'relationship' ? 'relationship' : 'party', id: str(props.subjectId) },
    on: str(props.on),
    kind,
    note: str(props.note),
    owner: str(props.owner),
    version: Number(props.version ?? 0),
    createdAt: str(props.createdAt),
    updatedAt: str(props.updatedAt) || str(props.createdAt),
  };
}

// Newest first, as the side panel lists them; entries of one day in the order they were written.
const NEWEST_FIRST = 'ORDER BY e.on DESC, e.createdAt DESC, e.id';

/** Entries whose subject is still in the network (a deleted party's stay for its undo). */
export async function loadCareLog(tx: ManagedTransaction, networkId: string): Promise<CareLogEntry[]> {
  const result = await tx.run(
    `MATCH (e:CareLogEntry {networkId: $networkId}) WHERE EXISTS { (e)-[:ABOUT]->(:Party) }
     RETURN e {.*} AS entry ${NEWEST_FIRST}`,
    { networkId },
  );
  return result.records.map((record) => careLogEntryFromProps(record.get('entry') as Props));
}

export function listCareLog(store: Store, networkId: string): Promise<CareLogEntry[]> {
  return readTx(store, (tx) => loadCareLog(tx, networkId));
}

/** The parties an entry about `subject` points to; an error a person understands if it is gone. */
export async function subjectParties(tx: ManagedTransaction, networkId: string, subject: CareLogSubject): Promise<string[]> {
  if (subject.kind === 'party') {
    const found = await tx.run('MATCH (p:Party {networkId: $networkId, id: $id}) USING INDEX p:Party(networkId, id) RETURN p.id AS id', { networkId, id: subject.id });
    if (found.records.length > 0) return [subject.id];
  } else {
    const found = await tx.run(`WITH $id AS id ${relationshipById('id')} RETURN startNode(r).id AS source, endNode(r).id AS target`, { networkId, id: subject.id });
    const record = found.records[0];
    if (record) return [String(record.get('source')), String(record.get('target'))];
  }
  throw new ApiError('not_found', `That ${subject.kind} is no longer in this network (it may have been deleted), so the touchpoint was not logged. Reload the map.`);
}

export interface CareLogRow {
  id: string;
  subject: CareLogSubject;
  partyIds: string[];
  fields: CareLogFields;
  createdAt: string;
}

/** Creates entries and their ABOUT links; the caller has checked that their parties exist. */
export async function createCareLogEntries(tx: ManagedTransaction, networkId: string, rows: readonly CareLogRow[], now: string): Promise<CareLogEntry[]> {
  if (rows.length === 0) return [];
  const result = await tx.run(
    `UNWIND $rows AS row
     CREATE (e:CareLogEntry {id: row.id, networkId: $networkId, subjectKind: row.subjectKind, subjectId: row.subjectId, partyIds: row.partyIds,
                             on: row.on, kind: row.kind, note: row.note, owner: row.owner, version: $version, createdAt: row.createdAt, updatedAt: $now})
     WITH e, row
     CALL (e, row) {
       UNWIND row.partyIds AS partyId
       MATCH (p:Party {networkId: $networkId, id: partyId}) USING INDEX p:Party(networkId, id)
       MERGE (e)-[:ABOUT]->(p)
     }
     RETURN e {.*} AS entry`,
    {
      networkId,
      now,
      version: toInt(0),
      rows: rows.map((row) => ({ id: row.id, subjectKind: row.subject.kind, subjectId: row.subject.id, partyIds: row.partyIds, ...row.fields, createdAt: row.createdAt })),
    },
  );
  return result.records.map((record) => careLogEntryFromProps(record.get('entry') as Props));
}

export async function addCareLogEntry(store: Store, networkId: string, id: string, subject: CareLogSubject, fields: CareLogFields, now: string): Promise<CareLogEntry> {
  return writeTx(store, async (tx) => {
    const partyIds = await subjectParties(tx, networkId, subject);
    const [entry] = await createCareLogEntries(tx, networkId, [{ id, subject, partyIds, fields, createdAt: now }], now);
    return entry!;
  });
}

export async function updateCareLogEntry(store: Store, networkId: string, id: string, version: number, fields: CareLogFields, now: string): Promise<CareLogEntry> {
  return writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'careLogEntry', networkId, [{ id, version }]);
    const result = await tx.run(
      `MATCH (e:CareLogEntry {networkId: $networkId, id: $id})
       SET e += $fields, e.version = e.version + 1, e.updatedAt = $now
       RETURN e {.*} AS entry`,
      { networkId, id, fields, now },
    );
    return careLogEntryFromProps(result.records[0]!.get('entry') as Props);
  });
}

export async function deleteCareLogEntry(store: Store, networkId: string, id: string, version: number): Promise<void> {
  await writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'careLogEntry', networkId, [{ id, version }]);
    await tx.run('MATCH (e:CareLogEntry {networkId: $networkId, id: $id}) DETACH DELETE e', { networkId, id });
  });
}
