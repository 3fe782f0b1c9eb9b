// Issue 12 against the real Neo4j: agreements' dates, the care log and trust history — stored as
// readable graph data, listed newest first, kept through a delete and its undo, gone with their
// network and copied with it — and scenarios that end agreements or ask about a date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../shared/api';
import type { Relationship } from '../../shared/domain';
import { ensureSchema, SCHEMA_VERSION } from '../../main/database/schema';
import { MIGRATIONS } from '../../main/database/migrations';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
let networkId: string;
const params = { affectedThreshold: 0.05, disruptedThreshold: 0.5 };

async function query(cypher: string, values: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const { driver } = t.backend.database.store();
  const { records } = await driver.executeQuery(cypher, { networkId, ...values });
  return records.map((record) => record.toObject());
}

async function refused(method: string, request: unknown, code: ApiErrorCode, message: RegExp): Promise<void> {
  const envelope = await t.backend.router.dispatch(method, request);
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message).toMatch(message);
}

async function relationship(id: string): Promise<Relationship> {
  return (await t.api.getNetwork({ id: networkId })).relationships.find((candidate) => candidate.id === id)!;
}

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => {
  await t?.dispose();
});

describe('agreements with dates', () => {
  it('stores a term on a reliance and reads it back; a relationship without one has none', async () => {
    const created = await t.api.createRelationship({
      networkId,
      source: 'p-iop',
      target: 'p-transit',
      fields: { kind: 'RELIES_ON', service: 'client transport', criticality: 4, substitutability: 'limited', startsOn: '2025-07-01', endsOn: '2027-03-31', renews: false },
    });
    expect(created).toMatchObject({ startsOn: '2025-07-01', endsOn: '2027-03-31', renews: false });
    const [stored] = await query('MATCH ()-[r:RELIES_ON {networkId: $networkId, id: $id}]->() RETURN r.startsOn AS startsOn, r.endsOn AS endsOn, r.renews AS renews', { id: created.id });
    expect(stored).toEqual({ startsOn: '2025-07-01', endsOn: '2027-03-31', renews: false });
    expect(await relationship('r-002')).toMatchObject({ startsOn: null, endsOn: null, renews: false });
  });

  it('refuses an end before the start, and a date that is not a day, writing nothing', async () => {
    const before = await query('MATCH (:Party {networkId: $networkId})-[r]->() RETURN count(r) AS n');
    await refused('createRelationship', { networkId, source: 'p-iop', target: 'p-ems', fields: { kind: 'RESOURCE_FLOW', resource: 'transport', startsOn: '2027-01-01', endsOn: '2026-01-01' } }, 'invalid_request', /cannot end \(2026-01-01\) before it starts \(2027-01-01\)/);
    await refused('createRelationship', { networkId, source: 'p-iop', target: 'p-ems', fields: { kind: 'RESOURCE_FLOW', resource: 'transport', endsOn: '2027-02-30' } }, 'invalid_request', /end date must be a date like 2027-06-30/);
    expect(await query('MATCH (:Party {networkId: $networkId})-[r]->() RETURN count(r) AS n')).toEqual(before);
  });
});

describe('the care log', () => {
  it('logs touchpoints on a party and a relationship as readable nodes, newest first', async () => {
    const first = await t.api.addCareLogEntry({ networkId, subject: { kind: 'party', id: 'p-transit' }, fields: { on: '2026-01-15', kind: 'meeting', note: 'Quarterly ride review', owner: 'Dana Ruiz' } });
    const second = await t.api.addCareLogEntry({ networkId, subject: { kind: 'relationship', id: 'r-097' }, fields: { on: '2026-03-02', kind: 'escalation', note: 'Cost model still not shared', owner: 'Dana Ruiz' } });
    expect(first).toMatchObject({ subject: { kind: 'party', id: 'p-transit' }, on: '2026-01-15', kind: 'meeting', version: 0 });
    const { careLog } = await t.api.getNetworkHistory({ networkId });
    const mine = new Set([first.id, second.id]);
    expect(careLog.filter((entry) => mine.has(entry.id)).map((entry) => entry.id)).toEqual([second.id, first.id]);
    // Newest first across the whole log, the sample's own entries included.
    expect(careLog.map((entry) => entry.on)).toEqual([...careLog.map((entry) => entry.on)].sort().reverse());
    const about = await query(
      'MATCH (e:CareLogEntry {networkId: $networkId, id: $id})-[:ABOUT]->(p:Party) RETURN e.kind AS kind, e.note AS note, e.owner AS owner, e.on AS on, collect(p.id) AS parties',
      { id: second.id },
    );
    expect(about).toEqual([{ kind: 'escalation', note: 'Cost model still not shared', owner: 'Dana Ruiz', on: '2026-03-02', parties: expect.arrayContaining(['p-hospital-admin', 'p-mgmt-company']) }]);
  });

  it('edits and deletes at the version seen, and refuses a stale version', async () => {
    const entry = await t.api.addCareLogEntry({ networkId, subject: { kind: 'party', id: 'p-ems' }, fields: { on: '2026-02-01', kind: 'call' } });
    const edited = await t.api.updateCareLogEntry({ networkId, id: entry.id, version: 0, fields: { on: '2026-02-02', kind: 'call', note: 'Called back', owner: 'Sam' } });
    expect(edited).toMatchObject({ version: 1, on: '2026-02-02', note: 'Called back' });
    await refused('updateCareLogEntry', { networkId, id: entry.id, version: 0, fields: { on: '2026-02-03', kind: 'call' } }, 'conflict', /changed elsewhere/);
    await t.api.deleteCareLogEntry({ networkId, id: entry.id, version: 1 });
    expect((await t.api.getNetworkHistory({ networkId })).careLog.some((candidate) => candidate.id === entry.id)).toBe(false);
  });

  it('refuses a touchpoint on something that is not there, or of an unknown kind', async () => {
    await refused('addCareLogEntry', { networkId, subject: { kind: 'party', id: 'p-nobody' }, fields: { on: '2026-01-01', kind: 'call' } }, 'not_found', /no longer in this network/);
    await refused('addCareLogEntry', { networkId, subject: { kind: 'party', id: 'p-ems' }, fields: { on: '2026-01-01', kind: 'lunch' } }, 'invalid_request', /must be one of: meeting, call/);
  });

  it('keeps a deleted party’s log for its undo, and links it again when the party comes back', async () => {
    const party = await t.api.createParty({ networkId, fields: { name: 'Short-lived clinic', side: 'internal', type: 'healthcare provider' } });
    const entry = await t.api.addCareLogEntry({ networkId, subject: { kind: 'party', id: party.id }, fields: { on: '2026-04-01', kind: 'meeting' } });
    const deleted = await t.api.deleteElements({ networkId, parties: [{ id: party.id, version: party.version }] });
    expect((await t.api.getNetworkHistory({ networkId })).careLog.some((candidate) => candidate.id === entry.id)).toBe(false);
    await t.api.restoreElements({ networkId, parties: deleted.parties.map(({ networkId: _n, createdAt: _c, updatedAt: _u, ...snapshot }) => snapshot) });
    expect((await t.api.getNetworkHistory({ networkId })).careLog.some((candidate) => candidate.id === entry.id)).toBe(true);
  });
});

describe('trust history', () => {
  it('keeps the assessment a later one replaces; a same-day edit only corrects it', async () => {
    // r-097: hospital administration trusts the management company at 2 (3, 2, 1) on 2026-01-22.
    const before = await relationship('r-097');
    const fields = { kind: 'TRUSTS' as const, reliability: 2, missionSupport: 2, openness: 1, assessedAt: '2026-06-30', assessedBy: 'CEO', notes: before.notes };
    const [after] = await t.api.updateRelationships({ networkId, relationships: [{ id: 'r-097', version: before.version, fields }] });
    expect(after).toMatchObject({ level: 1.67, assessedAt: '2026-06-30', assessedBy: 'CEO' });
    // The sample already keeps two earlier assessments (2024 and 2025); the replaced one joins them.
    const stored = await query(
      `MATCH (a:Party)-[:ASSESSED]->(t:TrustAssessment {networkId: $networkId, relationshipId: 'r-097'})-[:ABOUT]->(b:Party)
       RETURN a.id AS from, b.id AS to, t.id AS id, t.level AS level, t.openness AS openness, t.assessedOn AS assessedOn ORDER BY t.assessedOn`,
    );
    expect(stored.map((row) => row.assessedOn)).toEqual(['2024-07-15', '2025-03-10', '2026-01-22']);
    expect(stored[2]).toEqual({ from: 'p-hospital-admin', to: 'p-mgmt-company', id: 'r-097@2026-01-22', level: 2, openness: 1, assessedOn: '2026-01-22' });
    const corrected = await t.api.updateRelationships({ networkId, relationships: [{ id: 'r-097', version: after!.version, fields: { ...fields, openness: 2 } }] });
    expect(corrected[0]).toMatchObject({ level: 2, openness: 2 });
    expect((await t.api.getNetworkHistory({ networkId })).trustAssessments.filter((a) => a.relationshipId === 'r-097').map((a) => a.assessedOn)).toEqual(['2024-07-15', '2025-03-10', '2026-01-22']);
  });

  it('records an assessment: a later one becomes current, an earlier one joins the history', async () => {
    const current = await relationship('r-096');
    const later = await t.api.recordTrustAssessment({ networkId, relationshipId: 'r-096', version: current.version, fields: { reliability: 3, missionSupport: 3, openness: 2, assessedOn: '2026-09-01', assessedBy: 'Survey round' } });
    expect(later.relationship).toMatchObject({ level: 2.67, assessedAt: '2026-09-01', assessedBy: 'Survey round' });
    expect(later.earlier.map((a) => [a.assessedOn, a.level])).toEqual([['2025-02-01', 4], ['2026-02-10', 4]]);
    const earlier = await t.api.recordTrustAssessment({ networkId, relationshipId: 'r-096', version: later.relationship!.version, fields: { level: 5, assessedOn: '2025-06-01' } });
    expect(earlier.relationship).toBeNull();
    expect(earlier.earlier.map((a) => [a.assessedOn, a.level])).toEqual([['2025-02-01', 4], ['2025-06-01', 5], ['2026-02-10', 4]]);
    expect(await relationship('r-096')).toMatchObject({ level: 2.67, assessedAt: '2026-09-01' });
    await refused('recordTrustAssessment', { networkId, relationshipId: 'r-096', version: 0, fields: { level: 3, assessedOn: '2026-10-01' } }, 'conflict', /changed elsewhere/);
    await t.api.deleteTrustAssessment({ networkId, id: 'r-096@2025-06-01' });
    await refused('deleteTrustAssessment', { networkId, id: 'r-096@2025-06-01' }, 'not_found', /no longer in the history/);
  });

  it('an undo back to the earlier day corrects: the history holds no copy of the current one', async () => {
    const now = await relationship('r-098');
    const [moved] = await t.api.updateRelationships({ networkId, relationships: [{ id: 'r-098', version: now.version, fields: { ...(now as Extract<Relationship, { kind: 'TRUSTS' }>), level: 2, assessedAt: '2026-05-05' } }] });
    const [undone] = await t.api.updateRelationships({ networkId, relationships: [{ id: 'r-098', version: moved!.version, fields: { ...(now as Extract<Relationship, { kind: 'TRUSTS' }>) } }] });
    expect(undone).toMatchObject({ level: 3, assessedAt: '2026-01-22' });
    expect((await t.api.getNetworkHistory({ networkId })).trustAssessments.filter((a) => a.relationshipId === 'r-098')).toEqual([]);
  });

  it('copies the log and history with a duplicated network and deletes them with a network', async () => {
    const copy = await t.api.duplicateNetwork({ id: networkId, name: 'Copy with history' });
    const history = await t.api.getNetworkHistory({ networkId: copy.id });
    expect(history.careLog.length).toBeGreaterThan(0);
    expect(history.trustAssessments.map((a) => a.id)).toEqual(expect.arrayContaining(['r-097@2026-01-22', 'r-096@2026-02-10']));
    const links = await query('MATCH (t:TrustAssessment {networkId: $copy})-[:ABOUT]->(p:Party {networkId: $copy}) RETURN count(t) AS n', { copy: copy.id });
    expect(Number(links[0]!.n)).toBe(history.trustAssessments.length);
    await t.api.deleteNetwork({ id: copy.id });
    const [left] = await query('MATCH (n) WHERE (n:CareLogEntry OR n:TrustAssessment) AND n.networkId = $copy RETURN count(n) AS n', { copy: copy.id });
    expect(Number(left!.n)).toBe(0);
  });
});

describe('dated scenarios', () => {
  it('saves a scenario that ends agreements and asks about a date, with no party withdrawn', async () => {
    const saved = await t.api.saveScenario({ networkId, name: 'Contracts end mid-2027', withdrawnRelationships: ['r-002'], endsBefore: '2027-06-30', params });
    expect(saved).toMatchObject({ withdrawn: [], withdrawnRelationships: ['r-002'], endsBefore: '2027-06-30', missingRelationshipIds: [] });
    const [node] = await query('MATCH (s:Scenario {networkId: $networkId, id: $id}) RETURN s.withdrawnRelationships AS ended, s.endsBefore AS endsBefore', { id: saved.id });
    expect(node).toEqual({ ended: ['r-002'], endsBefore: '2027-06-30' });
  });

  it('refuses a trust rating or an unknown relationship as an ended agreement, and an empty question', async () => {
    await refused('saveScenario', { networkId, name: 'Trust ends', withdrawnRelationships: ['r-096'], params }, 'invalid_request', /not a reliance or resource flow of the network: "r-096"/);
    await refused('saveScenario', { networkId, name: 'Ghost', withdrawnRelationships: ['r-ghost'], params }, 'invalid_request', /"r-ghost"/);
    await refused('saveScenario', { networkId, name: 'Nothing', params }, 'invalid_request', /at least one party that withdraws, an agreement that ends, or a date/);
  });

  it('says which ended agreements no longer exist', async () => {
    const created = await t.api.createRelationship({ networkId, source: 'p-ems', target: 'p-transit', fields: { kind: 'RELIES_ON', service: 'backup transport' } });
    const saved = await t.api.saveScenario({ networkId, name: 'Backup transport ends', withdrawnRelationships: [created.id], params });
    await t.api.deleteElements({ networkId, relationships: [{ id: created.id, version: created.version }] });
    const listed = (await t.api.listScenarios({ networkId })).find((scenario) => scenario.id === saved.id)!;
    expect(listed.missingRelationshipIds).toEqual([created.id]);
  });
});

describe('migrations', () => {
  it('brings a database from before issue 12 to the current schema: old scenarios end no agreements', async () => {
    const { driver } = t.backend.database.store();
    await query(`CREATE (:Scenario {id: 'old-scenario', networkId: $networkId, name: 'Before issue 12', withdrawn: ['p-ems'], params: '{"affectedThreshold":0.05,"disruptedThreshold":0.5}', version: 0, createdAt: '2026-01-01T00:00:00.000Z'})`);
    await query(`MATCH (s:CareweaveSchema {id: 'schema'}) SET s.version = 1`);
    expect(await ensureSchema(driver)).toBe(SCHEMA_VERSION);
    const [node] = await query(`MATCH (s:Scenario {networkId: $networkId, id: 'old-scenario'}) RETURN s.withdrawnRelationships AS ended`);
    expect(node).toEqual({ ended: [] });
    const [schema] = await query(`MATCH (s:CareweaveSchema {id: 'schema'}) RETURN s.version AS version, s.lastMigration AS last`);
    expect(Number(schema!.version)).toBe(SCHEMA_VERSION);
    expect(schema!.last).toBe(MIGRATIONS.at(-1)!.description);
    const constraints = await query('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints[0]!.names).toEqual(expect.arrayContaining(['care_log_network_id', 'trust_assessment_network_id']));
  });
});
