// Issue 12 in the files: agreements' terms, the care log and earlier trust assessments travel in
// JSON (and the care log as CSV's third table) and come back the same; a file from the first
// release (formatVersion 1, none of these) still opens; a bad row is reported by file, line and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import type { NetworkGraph } from '../../shared/domain';
import { analyzeImport, DATA_CONVERTERS, describeProblem } from '../../shared/formats';
import type { DocumentHistory } from '../../shared/formats';
import { documentToGraph, trickyDocument } from './fixtures';

const EXPORTED_AT = '2026-02-01T09:30:00.000Z';

function datedGraph(): NetworkGraph {
  const graph = documentToGraph(trickyDocument());
  return {
    ...graph,
    relationships: graph.relationships.map((relationship) => {
      if (relationship.id === 'r1') return { ...relationship, startsOn: '2025-07-01', endsOn: '2027-06-30', renews: false };
      if (relationship.id === 'r2') return { ...relationship, endsOn: '2026-12-31', renews: true };
      if (relationship.id === 'r4') return { ...relationship, assessedBy: 'Zoë, program director' };
      return relationship;
    }),
  };
}

const history: DocumentHistory = {
  careLog: [
    { id: 'c1', about: { kind: 'party', id: 'p3' }, on: '2026-01-15', kind: 'meeting', note: 'Quarterly review, "good"; rides up', owner: 'Dana Ruiz', createdAt: '2026-01-15T10:00:00.000Z' },
    { id: 'c2', about: { kind: 'relationship', id: 'r1' }, on: '2026-03-02', kind: 'agreement-signed', note: '=renewed to 2027', owner: '', createdAt: '2026-03-02T10:00:00.000Z' },
  ],
  trustHistory: [
    { relationshipId: 'r4', level: 3, reliability: null, missionSupport: null, openness: null, assessedOn: null, assessedBy: '' },
    { relationshipId: 'r4', level: 4.33, reliability: 5, missionSupport: 4, openness: 4, assessedOn: '2025-09-30', assessedBy: 'Zoë' },
  ],
};

async function reimport(format: 'json' | 'csv', graph: NetworkGraph) {
  const files = DATA_CONVERTERS[format].exportFiles(graph, { exportedAt: EXPORTED_AT, yedGraphics: false, history });
  let next = 0;
  const result = await analyzeImport({ format, files: files.map(({ name, text }) => ({ name, text })), existing: null, newId: () => `new-${(next += 1)}`, fallbackName: 'x' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { files, plan: result.plan };
}

describe('relationships over time in the files', () => {
  it('JSON keeps agreements’ terms, who assessed, the care log and the earlier assessments', async () => {
    const graph = datedGraph();
    const { files, plan } = await reimport('json', graph);
    const written = JSON.parse(files[0]!.text) as Record<string, unknown>;
    expect(written.formatVersion).toBe(2);
    const r1 = plan.relationships.added.find((relationship) => relationship.id === 'r1');
    expect(r1).toMatchObject({ startsOn: '2025-07-01', endsOn: '2027-06-30', renews: false });
    expect(plan.relationships.added.find((relationship) => relationship.id === 'r2')).toMatchObject({ endsOn: '2026-12-31', renews: true });
    expect(plan.relationships.added.find((relationship) => relationship.id === 'r4')).toMatchObject({ assessedBy: 'Zoë, program director' });
    expect(plan.careLog).toEqual([
      { id: 'c1', subject: { kind: 'party', id: 'p3' }, partyIds: ['p3'], fields: { on: '2026-01-15', kind: 'meeting', note: 'Quarterly review, "good"; rides up', owner: 'Dana Ruiz' }, createdAt: '2026-01-15T10:00:00.000Z' },
      { id: 'c2', subject: { kind: 'relationship', id: 'r1' }, partyIds: ['p1', 'p3'], fields: { on: '2026-03-02', kind: 'agreement-signed', note: '=renewed to 2027', owner: '' }, createdAt: '2026-03-02T10:00:00.000Z' },
    ]);
    expect(plan.trustHistory).toEqual(history.trustHistory);
  });

  it('CSV writes the care log as a third table and reads it back, ids and formulas disarmed', async () => {
    const graph = datedGraph();
    const { files, plan } = await reimport('csv', graph);
    expect(files.map((file) => file.name)).toEqual([expect.stringMatching(/parties\.csv$/), expect.stringMatching(/relationships\.csv$/), expect.stringMatching(/care log\.csv$/)]);
    const log = files[2]!.text.split('\r\n');
    expect(log[0]).toBe('\ufeffid,date,touchpoint,about,party id,relationship id,note,owner');
    expect(log[2]).toBe('c2,2026-03-02,agreement signed,"Zoë’s Clinic, Inc. → Area Agency on Aging & Disability",,r1,"\'=renewed to 2027",');
    expect(plan.careLog.map(({ id, subject, fields }) => ({ id, subject, fields }))).toEqual(history.careLog.map(({ id, about, on, kind, note, owner }) => ({ id, subject: about, fields: { on, kind, note, owner } })));
    expect(plan.relationships.added.find((relationship) => relationship.id === 'r1')).toMatchObject({ startsOn: '2025-07-01', endsOn: '2027-06-30', renews: false });
  });

  it('opens a file from the first release (formatVersion 1): no terms, no log, no history', async () => {
    const text = readFileSync(join(process.cwd(), 'test', 'formats', 'fixtures', 'network-v1.json'), 'utf8');
    const document = networkDocumentSchema.parse(JSON.parse(text));
    expect(document.relationships.find((relationship) => relationship.id === 'r1')).toMatchObject({ startsOn: null, endsOn: null, renews: false });
    const result = await analyzeImport({ format: 'json', files: [{ name: 'old.json', text }], existing: null, newId: () => 'n', fallbackName: 'x' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.relationships.added).toHaveLength(4);
    expect(result.plan.scenarios).toEqual([expect.objectContaining({ id: 's1', withdrawn: ['transit'], withdrawnRelationships: [], endsBefore: null })]);
    expect(result.plan.careLog).toEqual([]);
    expect(result.plan.trustHistory).toEqual([]);
  });

  it('reports bad care log rows and history by file, line and field, and imports nothing', async () => {
    const careLog = [
      '\ufeffdate,touchpoint,about,note,owner',
      '2026-01-15,meeting,Area Agency on Aging & Disability,fine,Dana',
      '2026-02-30,call,Area Agency on Aging & Disability,,',
      '2026-03-01,lunch,Nobody Inc,,',
    ].join('\r\n');
    const { parties, relationships } = DATA_CONVERTERS.csv.exportFiles(datedGraph(), { exportedAt: EXPORTED_AT, yedGraphics: false }).reduce<Record<string, string>>((all, file) => ({ ...all, [file.name.endsWith('parties.csv') ? 'parties' : 'relationships']: file.text }), {});
    const result = await analyzeImport({
      format: 'csv',
      files: [{ name: 'parties.csv', text: parties! }, { name: 'relationships.csv', text: relationships! }, { name: 'care log.csv', text: careLog }],
      existing: null,
      newId: () => 'n',
      fallbackName: 'x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem)).toEqual([
      'care log.csv line 3: date "2026-02-30" is not a real date',
      'care log.csv line 4: touchpoint "lunch" is not one of: meeting, call, feedback, survey, escalation, agreement signed',
    ]);
    const json = JSON.parse(DATA_CONVERTERS.json.exportFiles(datedGraph(), { exportedAt: EXPORTED_AT, yedGraphics: false, history }).at(0)!.text) as Record<string, unknown>;
    json.careLog = [{ id: 'c9', about: { kind: 'party', id: 'p-gone' }, on: '2026-01-01', kind: 'call' }];
    json.trustHistory = [{ relationshipId: 'r1', level: 3, assessedOn: '2026-01-01' }, { relationshipId: 'r4', level: 9, assessedOn: '2026-01-01' }];
    const bad = await analyzeImport({ format: 'json', files: [{ name: 'n.json', text: JSON.stringify(json) }], existing: null, newId: () => 'n', fallbackName: 'x' });
    expect(bad.ok || bad.problems.map(describeProblem)).toEqual(['n.json, earlier trust assessment 2: trust level 9: Trust level must be from 1 to 5.']);
    json.trustHistory = [{ relationshipId: 'r1', level: 3, assessedOn: '2026-01-01' }];
    const unknown = await analyzeImport({ format: 'json', files: [{ name: 'n.json', text: JSON.stringify(json) }], existing: null, newId: () => 'n', fallbackName: 'x' });
    expect(unknown.ok || unknown.problems.map(describeProblem)).toEqual([
      'n.json, care log entry 1: "about" points to party id "p-gone", which is not in the file',
      'n.json, earlier trust assessment 1: this assessment is of relationship "r1", which is not a trust relationship',
    ]);
  });
});
