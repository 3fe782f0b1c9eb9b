// Writes an import into an existing network in one transaction: new parties and relationships
// are created, changed ones updated at the version the preview was made from, and the network
// is touched. Either all of it is stored or none of it is: a cancel, a conflict or a lost
// connection rolls the whole transaction back. Merges are capped (MAX_MERGE_WRITES) so one
// transaction always fits in the database's memory.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { RELATIONSHIP_KINDS } from '../../shared/domain';
import type { DocumentParty, DocumentRelationship, Network } from '../../shared/domain';
import type { DocumentPresentation, DocumentScenario, DocumentTrustAssessment, DocumentView, PartyChange, PlannedCareLogEntry, RelationshipChange } from '../../shared/formats';
import { createImportedRecords } from './namedRecords';
import { PRESENTATION_RECORDS } from './presentations';
import { VIEW_RECORDS } from './savedViews';
import { batches, createHistory, createPartiesQuery, createRelationshipsQuery, createScenarios, partyRows, relationshipRows } from './importsStaged';
import type { WriteProgress } from './importsStaged';
import { writeMemberships } from './memberships';
import { networkFromProps, partyFieldsToProps, relationshipFieldsToProps, toInt } from './records';
import type { Props } from './records';
import { writeTx } from '../database/store';
import { archiveSupersededTrust, dropEarlierOnCurrentDay } from './trustHistory';
import type { Store } from '../database/store';

export interface MergeRows {
  addedParties: readonly DocumentParty[];
  changedParties: readonly PartyChange[];
  addedRelationships: readonly DocumentRelationship[];
  changedRelationships: readonly RelationshipChange[];
  addedScenarios?: readonly DocumentScenario[];
  careLog?: readonly PlannedCareLogEntry[];
  trustHistory?: readonly DocumentTrustAssessment[];
  addedViews?: readonly DocumentView[];
  addedPresentations?: readonly DocumentPresentation[];
}

function conflict(what: string): ApiError {
  return new ApiError(
    'conflict',
    `${what} changed in the network while you were looking at the preview, so nothing was imported. Start the import again to see a fresh preview.`,
  );
}

async function run(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<number> {
  const result = await tx.run(query, params);
  return Number(result.records[0]?.get('count') ?? 0);
}

export async function writeMerge(store: Store, networkId: string, rows: MergeRows, now: string, progress: WriteProgress): Promise<Network> {
  const total = rows.addedParties.length + rows.changedParties.length + rows.addedRelationships.length + rows.changedRelationships.length;
  return writeTx(store, async (tx) => {
    const network = await tx.run('MATCH (n:Network {id: $networkId}) SET n.updatedAt = $now RETURN n {.*} AS network', { networkId, now });
    const record = network.records[0];
    if (!record) throw new ApiError('not_found', 'That network no longer exists, so nothing was imported. Pick another network and try again.');
    let done = 0;
    const step = async (count: number) => {
      done += count;
      await progress(done, total, done <= rows.addedParties.length + rows.changedParties.length ? 'parties' : 'relationships');
    };

    for (const parties of batches(rows.addedParties)) {
      const batch = partyRows(parties);
      await tx.run(createPartiesQuery(batch), { rows: batch, networkId, version: toInt(0), now });
      await step(batch.length);
    }
    const partyUpdates = rows.changedParties.map((change) => {
      const { id: _id, ...fields } = change.after;
      return { id: change.id, version: toInt(change.version), props: partyFieldsToProps(fields) };
    });
    for (const batch of batches(partyUpdates)) {
      const updated = await run(
        tx,
        `UNWIND $rows AS row
         MATCH (p:Party {networkId: $networkId, id: row.id}) USING INDEX p:Party(networkId, id) WHERE p.version = row.version
         SET p += row.props, p.version = p.version + 1, p.updatedAt = $now
         RETURN count(p) AS count`,
        { rows: batch, networkId, now },
      );
      if (updated !== batch.length) throw conflict('A party');
      await step(batch.length);
    }
    await writeMemberships(tx, networkId, [
      ...rows.addedParties.filter((party) => party.partOf !== null).map(({ id, partOf }) => ({ id, partOf })),
      ...rows.changedParties.map((change) => ({ id: change.id, partOf: change.after.partOf })),
    ]);
    for (const kind of RELATIONSHIP_KINDS) {
      for (const relationships of batches(rows.addedRelationships.filter((relationship) => relationship.kind === kind))) {
        const batch = relationshipRows(relationships);
        const result = await tx.run(createRelationshipsQuery(kind, batch), { rows: batch, networkId, version: toInt(0), now });
        if (Number(result.records[0]?.get('created') ?? 0) !== batch.length) throw conflict('A party');
        await step(batch.length);
      }
      const updates = rows.changedRelationships
        .filter((change) => change.after.kind === kind)
        .map((change) => {
          const { id: _id, source: _s, target: _t, ...fields } = change.after;
          return { id: change.id, version: toInt(change.version), props: relationshipFieldsToProps(fields) };
        });
      for (const batch of batches(updates)) {
        const days = kind === 'TRUSTS' ? batch.map((row) => ({ id: row.id, assessedAt: (row.props.assessedAt as string | null | undefined) ?? null })) : [];
        await archiveSupersededTrust(tx, networkId, days, now);
        const updated = await run(
          tx,
          `UNWIND $rows AS row
           MATCH ()-[r:${kind} {networkId: $networkId, id: row.id}]->() USING INDEX r:${kind}(networkId, id) WHERE r.version = row.version
           SET r += row.props, r.version = r.version + 1, r.updatedAt = $now
           RETURN count(r) AS count`,
          { rows: batch, networkId, now },
        );
        if (updated !== batch.length) throw conflict('A relationship');
        await dropEarlierOnCurrentDay(tx, networkId, days);
        await step(batch.length);
      }
    }
    await createScenarios(tx, networkId, rows.addedScenarios ?? [], now);
    await createHistory(tx, networkId, rows, now);
    await createImportedRecords(tx, VIEW_RECORDS, networkId, (rows.addedViews ?? []).map(({ state, ...view }) => ({ ...view, body: state })), now);
    await createImportedRecords(tx, PRESENTATION_RECORDS, networkId, (rows.addedPresentations ?? []).map(({ slides, ...presentation }) => ({ ...presentation, body: slides })), now);
    return networkFromProps(record.get('network') as Props);
  });
}
