// Trust history (issue 12), stored as readable nodes:
//   (truster:Party)-[:ASSESSED]->(:TrustAssessment {id, relationshipId, level, reliability,
//                                 missionSupport, openness, assessedOn, assessedBy, …})-[:ABOUT]->(trusted:Party)
// The TRUSTS relationship holds the current assessment; each TrustAssessment is an earlier one,
// one per day (its id is "<relationship id>@<day>", or "@undated"), never on the current's day.
//
// The rules, applied wherever trust is written:
// - an edit that moves the assessment to a later day (or dates an undated one) is a re-assessment:
//   the assessment it replaces is kept as an earlier one;
// - an edit on the same day, or back to an earlier day (an undo), corrects the current one;
// - recording an assessment (a survey answer, "Record an assessment") dated on or after the
//   current one makes it current; dated before, it joins the history as an earlier one.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import type { Relationship, TrustAssessment, TrustAssessmentFields } from '../../shared/domain';
import { relationshipFromRecord, toInt } from './records';
import type { Props } from './records';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';
import { touchNetwork } from './touchNetwork';
import { lockAtVersions } from './versioning';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function assessmentKey(relationshipId: string, day: string | null): string {
  return `${relationshipId}@${day ?? 'undated'}`;
}

function assessmentFromProps(props: Props): TrustAssessment {
  return {
    id: String(props.id),
    networkId: String(props.networkId),
    relationshipId: String(props.relationshipId),
    source: String(props.source),
    target: String(props.target),
    level: num(props.level) ?? 3,
    reliability: num(props.reliability),
    missionSupport: num(props.missionSupport),
    openness: num(props.openness),
    assessedOn: typeof props.assessedOn === 'string' ? props.assessedOn : null,
    assessedBy: typeof props.assessedBy === 'string' ? props.assessedBy : '',
    recordedAt: String(props.recordedAt ?? ''),
  };
}

/** Earlier assessments of the network's trust relationships (a deleted one's stay for its undo). */
export async function loadTrustAssessments(tx: ManagedTransaction, networkId: string): Promise<TrustAssessment[]> {
  const result = await tx.run(
    `MATCH (t:TrustAssessment {networkId: $networkId})
     WHERE EXISTS { MATCH ()-[:TRUSTS {networkId: $networkId, id: t.relationshipId}]->() }
     RETURN t {.*} AS assessment ORDER BY t.relationshipId, t.assessedOn`,
    { networkId },
  );
  return result.records.map((record) => assessmentFromProps(record.get('assessment') as Props));
}

export function listTrustAssessments(store: Store, networkId: string): Promise<TrustAssessment[]> {
  return readTx(store, (tx) => loadTrustAssessments(tx, networkId));
}

const ARCHIVE_SET = `SET t.relationshipId = r.id, t.source = a.id, t.target = b.id, t.level = r.level, t.reliability = r.reliability,
      t.missionSupport = r.missionSupport, t.openness = r.openness, t.assessedOn = r.assessedAt, t.assessedBy = coalesce(r.assessedBy, ''), t.recordedAt = $now
  MERGE (a)-[:ASSESSED]->(t)
  MERGE (t)-[:ABOUT]->(b)`;

/**
 * Before trust relationships take the assessments in `rows`: keeps each current assessment that
 * a later-dated one replaces, and afterwards (`afterWrite`) removes any earlier one on the new
 * current's day, which the current now is.
 */
export async function archiveSupersededTrust(tx: ManagedTransaction, networkId: string, rows: readonly { id: string; assessedAt: string | null }[], now: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Party)-[r:TRUSTS {networkId: $networkId, id: row.id}]->(b:Party) USING INDEX r:TRUSTS(networkId, id)
     WITH a, r, b, row
     WHERE row.assessedAt IS NOT NULL AND (r.assessedAt IS NULL OR r.assessedAt < row.assessedAt)
     MERGE (t:TrustAssessment {networkId: $networkId, id: r.id + '@' + coalesce(r.assessedAt, 'undated')})
     ${ARCHIVE_SET}`,
    { networkId, rows, now },
  );
}

export async function dropEarlierOnCurrentDay(tx: ManagedTransaction, networkId: string, rows: readonly { id: string; assessedAt: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run('UNWIND $ids AS id MATCH (t:TrustAssessment {networkId: $networkId, id: id}) DETACH DELETE t', {
    networkId,
    ids: rows.map((row) => assessmentKey(row.id, row.assessedAt)),
  });
}

export interface EarlierAssessmentRow {
  relationshipId: string;
  /** An imported earlier assessment may have no day. */
  fields: Omit<TrustAssessmentFields, 'assessedOn'> & { assessedOn: string | null };
}

/** Writes earlier assessments (imports, survey answers dated before the current one). */
export async function createEarlierAssessments(tx: ManagedTransaction, networkId: string, rows: readonly EarlierAssessmentRow[], now: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Party)-[r:TRUSTS {networkId: $networkId, id: row.relationshipId}]->(b:Party) USING INDEX r:TRUSTS(networkId, id)
     MERGE (t:TrustAssessment {networkId: $networkId, id: row.id})
     SET t.relationshipId = r.id, t.source = a.id, t.target = b.id, t.level = row.level, t.reliability = row.reliability,
         t.missionSupport = row.missionSupport, t.openness = row.openness, t.assessedOn = row.assessedOn, t.assessedBy = row.assessedBy, t.recordedAt = $now
     MERGE (a)-[:ASSESSED]->(t)
     MERGE (t)-[:ABOUT]->(b)`,
    { networkId, now, rows: rows.map(({ relationshipId, fields }) => ({ relationshipId, id: assessmentKey(relationshipId, fields.assessedOn), ...scores(fields), assessedOn: fields.assessedOn, assessedBy: fields.assessedBy })) },
  );
}

const scores = (fields: Pick<TrustAssessmentFields, 'level' | 'reliability' | 'missionSupport' | 'openness'>) => ({
  level: fields.level,
  reliability: fields.reliability === null ? null : toInt(fields.reliability),
  missionSupport: fields.missionSupport === null ? null : toInt(fields.missionSupport),
  openness: fields.openness === null ? null : toInt(fields.openness),
});

export type RecordRow = { relationshipId: string; fields: TrustAssessmentFields };

/**
 * Records assessments of existing trust relationships by the rules above, in the caller's
 * transaction. Returns the relationships whose current assessment changed.
 */
export async function recordAssessments(tx: ManagedTransaction, networkId: string, rows: readonly RecordRow[], now: string): Promise<Relationship[]> {
  if (rows.length === 0) return [];
  const stored = await tx.run(
    `UNWIND $ids AS id
     MATCH ()-[r:TRUSTS {networkId: $networkId, id: id}]->() USING INDEX r:TRUSTS(networkId, id)
     RETURN r.id AS id, r.assessedAt AS assessedAt`,
    { networkId, ids: rows.map((row) => row.relationshipId) },
  );
  const currentDay = new Map(stored.records.map((record) => [String(record.get('id')), (record.get('assessedAt') as string | null) ?? null]));
  const missing = rows.filter((row) => !currentDay.has(row.relationshipId));
  if (missing.length > 0) throw new ApiError('not_found', 'That trust relationship is no longer in this network (it may have been deleted), so nothing was recorded. Reload the map.');
  const current = rows.filter((row) => {
    const day = currentDay.get(row.relationshipId) ?? null;
    return day === null || row.fields.assessedOn >= day;
  });
  const earlier = rows.filter((row) => !current.includes(row));
  const dated = current.map((row) => ({ id: row.relationshipId, assessedAt: row.fields.assessedOn }));
  await archiveSupersededTrust(tx, networkId, dated, now);
  const updated = await tx.run(
    `UNWIND $rows AS row
     MATCH (a)-[r:TRUSTS {networkId: $networkId, id: row.id}]->(b) USING INDEX r:TRUSTS(networkId, id)
     SET r += row.props, r.version = r.version + 1, r.updatedAt = $now
     RETURN r {.*} AS props, a.id AS source, b.id AS target`,
    {
      networkId,
      now,
      rows: current.map((row) => ({ id: row.relationshipId, props: { ...scores(row.fields), assessedAt: row.fields.assessedOn, assessedBy: row.fields.assessedBy } })),
    },
  );
  await dropEarlierOnCurrentDay(tx, networkId, dated);
  await createEarlierAssessments(tx, networkId, earlier, now);
  return updated.records.map((record) => relationshipFromRecord('TRUSTS', record.get('props') as Props, String(record.get('source')), String(record.get('target'))));
}

/** "Record an assessment" on one relationship, at the version the person saw. */
export async function recordAssessment(store: Store, networkId: string, relationshipId: string, version: number, fields: TrustAssessmentFields, now: string) {
  return writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'relationship', networkId, [{ id: relationshipId, version }]);
    const [relationship] = await recordAssessments(tx, networkId, [{ relationshipId, fields }], now);
    await touchNetwork(tx, networkId, now);
    const earlier = (await loadTrustAssessments(tx, networkId)).filter((assessment) => assessment.relationshipId === relationshipId);
    return { relationship: relationship ?? null, earlier };
  });
}

export async function deleteTrustAssessment(store: Store, networkId: string, id: string): Promise<void> {
  await writeTx(store, async (tx) => {
    const result = await tx.run('MATCH (t:TrustAssessment {networkId: $networkId, id: $id}) DETACH DELETE t RETURN count(*) AS deleted', { networkId, id });
    if (Number(result.records[0]?.get('deleted') ?? 0) === 0) {
      throw new ApiError('not_found', 'That assessment is no longer in the history (it may have been removed elsewhere). The history has been refreshed.');
    }
  });
}
