// Writes an imported network as a new network in stages: parties and relationships go in, a
// batch per transaction, under the new network's id but with no (:Network) node, so nobody sees
// a half-written map; one last small transaction creates the Network node and the map appears
// whole. Any failure or a cancel deletes what was staged. A stage left behind by a crash (the
// app killed mid-import) keeps an (:ImportStaging) marker and is swept away later.
//
// One transaction for the whole import would be simpler, but the local database runs with a
// 512 MB heap and 600,000 new entities do not fit in one transaction's state there.
import { ApiError } from '../../shared/api';
import { RELATIONSHIP_KINDS } from '../../shared/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentParty, DocumentRelationship, Network } from '../../shared/domain';
import { createCareLogEntries } from './careLog';
import { createEarlierAssessments } from './trustHistory';
import type { DocumentPresentation, DocumentScenario, DocumentTrustAssessment, DocumentView, PlannedCareLogEntry } from '../../shared/formats';
import { createImportedRecords } from './namedRecords';
import { PRESENTATION_RECORDS } from './presentations';
import { VIEW_RECORDS } from './savedViews';
import { writeMemberships } from './memberships';
import { networkFromProps, partyFieldsToProps, relationshipFieldsToProps, toInt } from './records';
import type { Props } from './records';
import { WITHDRAWN_NAMES } from './scenarios';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';

// Rows per transaction: large enough that per-transaction overhead is small (10,000-row batches
// wrote relationships faster than 5,000-row ones here), small enough that one batch never holds
// much memory on either side.
export const IMPORT_BATCH = 10_000;
const DELETE_BATCH = 5_000;

/** Called after each batch with rows written so far; it may throw to stop (cancel). */
export type WriteProgress = (done: number, total: number, what: 'parties' | 'relationships') => Promise<void>;

export interface NewNetworkRows {
  name: string;
  description: string;
  parties: readonly DocumentParty[];
  relationships: readonly DocumentRelationship[];
  scenarios?: readonly DocumentScenario[];
  careLog?: readonly PlannedCareLogEntry[];
  trustHistory?: readonly DocumentTrustAssessment[];
  views?: readonly DocumentView[];
  presentations?: readonly DocumentPresentation[];
}

export function* batches<T>(items: readonly T[], size = IMPORT_BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export function partyRows(parties: readonly DocumentParty[]) {
  return parties.map(({ id, ...fields }) => ({ id, props: partyFieldsToProps(fields) }));
}

export function relationshipRows(relationships: readonly DocumentRelationship[]) {
  return relationships.map(({ id, source, target, ...fields }) => ({ id, source, target, props: relationshipFieldsToProps(fields) }));
}

// Property names come from Careweave's own field lists (records.ts), never from a file; they
// are still checked before they are written into a statement.
function propertyList(rows: readonly { props: Record<string, unknown> }[]): string {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) keys.add(key);
  return [...keys]
    .map((key) => {
      if (!/^[A-Za-z]+$/.test(key)) throw new Error(`unexpected property name ${key}`);
      return `, ${key}: row.props.${key}`;
    })
    .join('');
}

// Properties go into CREATE itself rather than a following "SET x += row.props": a SET with a
// map makes Neo4j insert an Eager step that holds every row of the batch, and costs several
// times the time (measured: 5,000 relationships in 2.7 s with SET, 0.05 s without).
export function createPartiesQuery(rows: readonly { props: Record<string, unknown> }[]): string {
  return `UNWIND $rows AS row
  CREATE (p:Party {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now${propertyList(rows)}})
  RETURN count(p) AS created`;
}

// The relationship type cannot be a parameter; it comes from the closed list of kinds. The two
// MATCHes sit in a subquery per row so each end is found by its unique index: written as two
// plain MATCHes after UNWIND, the planner scanned every party of the database for the second end.
// The hints keep it so whatever the statistics say (on a new database they count no parties).
export function createRelationshipsQuery(kind: (typeof RELATIONSHIP_KINDS)[number], rows: readonly { props: Record<string, unknown> }[]): string {
  return `UNWIND $rows AS row
    CALL (row) {
      MATCH (a:Party {networkId: $networkId, id: row.source}) USING INDEX a:Party(networkId, id)
      MATCH (b:Party {networkId: $networkId, id: row.target}) USING INDEX b:Party(networkId, id)
      CREATE (a)-[r:${kind} {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now${propertyList(rows)}}]->(b)
      RETURN r
    }
    RETURN count(r) AS created`;
}

/** Saved scenarios, stored as main/repository/scenarios.ts stores them (params as JSON text). */
export async function createScenarios(tx: ManagedTransaction, networkId: string, scenarios: readonly DocumentScenario[], now: string): Promise<void> {
  if (scenarios.length === 0) return;
  await tx.run(
    `UNWIND $scenarios AS s
     CREATE (scenario:Scenario {id: s.id, networkId: $networkId, name: s.name, withdrawn: s.withdrawn,
                        withdrawnRelationships: s.withdrawnRelationships, endsBefore: s.endsBefore, params: s.params,
                        version: $version, createdAt: s.createdAt, updatedAt: $now})
     SET scenario.withdrawnNames = ${WITHDRAWN_NAMES('scenario', '$networkId')}`,
    {
      scenarios: scenarios.map((scenario) => ({ ...scenario, params: JSON.stringify(scenario.params), createdAt: scenario.createdAt ?? now })),
      networkId,
      version: toInt(0),
      now,
    },
  );
}

/** The care log and earlier trust assessments of an import, once its parties and relationships are in. */
export async function createHistory(
  tx: ManagedTransaction,
  networkId: string,
  rows: { careLog?: readonly PlannedCareLogEntry[]; trustHistory?: readonly DocumentTrustAssessment[] },
  now: string,
): Promise<void> {
  await createCareLogEntries(tx, networkId, (rows.careLog ?? []).map((entry) => ({ ...entry, createdAt: entry.createdAt ?? now })), now);
  await createEarlierAssessments(
    tx,
    networkId,
    (rows.trustHistory ?? []).map(({ relationshipId, ...fields }) => ({ relationshipId, fields })),
    now,
  );
}

// A sweep that took this stage for abandoned (its writer was silent too long) removed its rows:
// finishing would show a network with parties missing, so the import fails instead.
function requireStage(count: unknown): void {
  if (Number(count ?? 0) === 0) {
    throw new ApiError('conflict', 'The import paused so long that its unfinished rows were cleared away. Nothing was imported; start the import again.');
  }
}

async function stageBatch(store: Store, networkId: string, query: string, rows: unknown[], now: string): Promise<number> {
  return writeTx(store, async (tx) => {
    const result = await tx.run(query, { rows, networkId, version: toInt(0), now });
    // The heartbeat tells a later sweep this stage is still being written.
    const marked = await tx.run('MATCH (s:ImportStaging {id: $networkId}) SET s.touchedAt = $touchedAt RETURN count(s) AS marked', {
      networkId,
      touchedAt: new Date().toISOString(),
    });
    requireStage(marked.records[0]?.get('marked'));
    return Number(result.records[0]?.get('created') ?? 0);
  });
}

export async function writeNewNetworkStaged(
  store: Store,
  networkId: string,
  rows: NewNetworkRows,
  now: string,
  progress: WriteProgress,
): Promise<Network> {
  await writeTx(store, (tx) => tx.run('CREATE (:ImportStaging {id: $networkId, startedAt: $now, touchedAt: $now})', { networkId, now }));
  try {
    let done = 0;
    // Rows are converted a batch at a time, so only one batch of them exists at once. Batches go
    // one after the other: a relationship locks both its parties, so concurrent batches would
    // wait on each other or deadlock, and two concurrent party batches measured no faster here.
    for (const parties of batches(rows.parties)) {
      const batch = partyRows(parties);
      done += await stageBatch(store, networkId, createPartiesQuery(batch), batch, now);
      await progress(done, rows.parties.length, 'parties');
    }
    done = 0;
    for (const kind of RELATIONSHIP_KINDS) {
      for (const relationships of batches(rows.relationships.filter((relationship) => relationship.kind === kind))) {
        const batch = relationshipRows(relationships);
        const created = await stageBatch(store, networkId, createRelationshipsQuery(kind, batch), batch, now);
        if (created !== batch.length) throw new Error(`only ${created} of ${batch.length} relationships found both their parties`);
        done += created;
        await progress(done, rows.relationships.length, 'relationships');
      }
    }
    // Members join their organisations once every party is staged (an organisation may come later in the file).
    for (const members of batches(rows.parties.filter((party) => party.partOf !== null))) {
      await writeTx(store, (tx) => writeMemberships(tx, networkId, members.map(({ id, partOf }) => ({ id, partOf }))));
    }
    return await writeTx(store, async (tx) => {
      const unmarked = await tx.run('MATCH (s:ImportStaging {id: $networkId}) DELETE s RETURN count(*) AS unmarked', { networkId });
      requireStage(unmarked.records[0]?.get('unmarked'));
      const created = await tx.run(
        `CREATE (n:Network {id: $networkId, name: $name, description: $description, version: 0, createdAt: $now, updatedAt: $now})
         RETURN n {.*} AS network`,
        { networkId, name: rows.name, description: rows.description, now },
      );
      // Scenarios and history are few beside the map; they come with the network in its last transaction.
      await createScenarios(tx, networkId, rows.scenarios ?? [], now);
      await createHistory(tx, networkId, rows, now);
      await createImportedRecords(tx, VIEW_RECORDS, networkId, (rows.views ?? []).map(({ state, ...view }) => ({ ...view, body: state })), now);
      await createImportedRecords(tx, PRESENTATION_RECORDS, networkId, (rows.presentations ?? []).map(({ slides, ...presentation }) => ({ ...presentation, body: slides })), now);
      return networkFromProps(created.records[0]?.get('network') as Props);
    });
  } catch (error) {
    // Best effort: if the database is gone too, the marker stays and a later sweep cleans up.
    await discardStaged(store, networkId).catch(() => undefined);
    throw error;
  }
}

/** Deletes a stage; never touches a network that was completed (it has a Network node). */
export async function discardStaged(store: Store, networkId: string): Promise<void> {
  const completed = await readTx(store, async (tx) => (await tx.run('MATCH (n:Network {id: $networkId}) RETURN n.id', { networkId })).records.length > 0);
  if (completed) return;
  for (;;) {
    const deleted = await writeTx(store, async (tx) => {
      const result = await tx.run('MATCH (p:Party {networkId: $networkId}) WITH p LIMIT $batch DETACH DELETE p RETURN count(*) AS deleted', {
        networkId,
        batch: toInt(DELETE_BATCH),
      });
      return Number(result.records[0]?.get('deleted') ?? 0);
    });
    if (deleted === 0) break;
  }
  await writeTx(store, (tx) => tx.run('MATCH (s:ImportStaging {id: $networkId}) DELETE s', { networkId }));
}

/** Removes stages whose writer stopped (a crash, a lost connection) before `staleBefore`. */
export async function sweepStaleStages(store: Store, staleBefore: string): Promise<number> {
  const stale = await readTx(store, async (tx) => {
    const result = await tx.run('MATCH (s:ImportStaging) WHERE s.touchedAt < $staleBefore RETURN s.id AS id', { staleBefore });
    return result.records.map((record) => String(record.get('id')));
  });
  for (const networkId of stale) await discardStaged(store, networkId);
  return stale.length;
}
