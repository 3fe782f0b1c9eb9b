// A trust survey round against the real Neo4j (issue 12): the app writes one Excel form per asked
// partner; a partner fills it in as in a spreadsheet (here the workbook is opened, answered and
// saved again with exceljs — a bad answer of 7, rows left empty, a comment); reading it back
// refuses the 7 by file, row and field and writes nothing; once corrected it becomes dated
// assessments with sub-scores, comments go into the care log, and the summary says what changed.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryResult, SurveyFile } from '../../shared/api';
import type { Relationship } from '../../shared/domain';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
let networkId: string;
const ROUND = '2026-06-30';

function downloaded(result: DeliveryResult) {
  if (result.delivered !== 'download') throw new Error('expected the forms as a download');
  return result.files;
}

async function fill(base64: string, answers: Record<string, [string | number, string | number, string | number, string?]>, filledBy: string): Promise<SurveyFile & { name: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Trust survey')!;
  sheet.getCell('B5').value = filledBy;
  sheet.eachRow((row, number) => {
    if (number <= 7) return;
    const answer = answers[String(row.getCell(2).value)];
    if (!answer) return;
    answer.forEach((value, index) => {
      if (value !== undefined && value !== '') row.getCell(3 + index).value = value;
    });
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: 'filled.xlsx', encoding: 'base64', content: bytes.toString('base64') };
}

async function trust(from: string, to: string): Promise<Extract<Relationship, { kind: 'TRUSTS' }> | undefined> {
  const graph = await t.api.getNetwork({ id: networkId });
  return graph.relationships.find((r): r is Extract<Relationship, { kind: 'TRUSTS' }> => r.kind === 'TRUSTS' && r.source === from && r.target === to);
}

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => {
  await t?.dispose();
});

describe('a trust survey round', () => {
  it('writes one workbook per asked partner, with 1–5 drop-downs and a comments column', async () => {
    const files = downloaded(await t.api.writeSurveyForms({ networkId, respondentIds: ['p-hospital-admin', 'p-transit'], roundDate: ROUND, format: 'xlsx', delivery: 'download' }));
    expect(files.map((file) => file.name)).toEqual([`Trust survey ${ROUND} - Hospital Administration (CEO).xlsx`, `Trust survey ${ROUND} - Harlan Rides (county & volunteer transit).xlsx`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files[0]!.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Trust survey')!;
    expect(sheet.getCell('A2').value).toBe('From: Hospital Administration (CEO)');
    expect(sheet.getRow(7).values).toEqual([undefined, 'Partner id', 'Partner', 'Reliability: does this partner do what it says it will? (1–5)', 'Support of the shared mission (1–5)', 'Openness to discussion (1–5)', 'Comments']);
    const partners: string[] = [];
    sheet.eachRow((row, number) => number > 7 && partners.push(String(row.getCell(2).value)));
    expect(partners).toContain('Evergrove Behavioral Management');
    expect(partners).not.toContain('Geri-psych inpatients');
    expect(sheet.getCell('C8').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'], showErrorMessage: true });
    expect(workbook.getWorksheet('About this form')!.state).toBe('hidden');
  });

  it('refuses a bad answer by file, row and field and writes nothing; reads the corrected forms as dated assessments', async () => {
    const [admin, rides] = downloaded(await t.api.writeSurveyForms({ networkId, respondentIds: ['p-hospital-admin', 'p-transit'], roundDate: ROUND, format: 'xlsx', delivery: 'download' }));
    const before = await trust('p-hospital-admin', 'p-mgmt-company');
    expect(before).toMatchObject({ level: 2, assessedAt: '2026-01-22' });
    const rideAnswers = { 'Five Rivers Area Agency on Aging': [5, 5, 4, 'They found us drivers for Thursdays.'] as [number, number, number, string] };
    const bad = [
      { ...(await fill(admin!.content, { 'Evergrove Behavioral Management': [1, 2, 7, 'Still no cost model.'], 'Medicare (fee-for-service)': [4, 4, 5] }, 'Dana Ruiz')), name: admin!.name },
      { ...(await fill(rides!.content, rideAnswers, '')), name: rides!.name },
    ];
    const checked = await t.api.checkSurveyAnswers({ networkId, files: bad });
    expect(checked.summary).toBeNull();
    expect(checked.problems).toEqual([{ file: admin!.name, line: null, element: expect.stringMatching(/^row \d+$/), field: 'openness', message: 'openness 7 is outside 1–5' }]);
    const refused = await t.backend.router.dispatch('applySurveyAnswers', { networkId, files: bad });
    expect(refused.ok).toBe(false);
    expect(await trust('p-hospital-admin', 'p-mgmt-company')).toEqual(before);

    const good = [
      { ...(await fill(admin!.content, { 'Evergrove Behavioral Management': [1, 2, 1, 'Still no cost model.'], 'Medicare (fee-for-service)': [4, 4, 5] }, 'Dana Ruiz')), name: admin!.name },
      bad[1]!,
    ];
    const preview = await t.api.checkSurveyAnswers({ networkId, files: good });
    expect(preview.problems).toEqual([]);
    const summary = await t.api.applySurveyAnswers({ networkId, files: good });
    expect(summary).toEqual(preview.summary);
    expect(summary).toMatchObject({ forms: 2, answered: 3, fell: 1 });
    expect(summary.unanswered).toBeGreaterThan(5);
    expect(summary.changes[0]).toEqual({ from: 'p-hospital-admin', to: 'p-mgmt-company', fromName: 'Hospital Administration (CEO)', toName: 'Evergrove Behavioral Management', before: 2, after: 1.33, change: -0.67, direction: 'falling' });

    expect(await trust('p-hospital-admin', 'p-mgmt-company')).toMatchObject({ level: 1.33, reliability: 1, missionSupport: 2, openness: 1, assessedAt: ROUND, assessedBy: 'Dana Ruiz (Hospital Administration (CEO))' });
    const history = await t.api.getNetworkHistory({ networkId });
    expect(history.trustAssessments.filter((a) => a.relationshipId === before!.id).map((a) => [a.assessedOn, a.level])).toEqual([['2024-07-15', 4], ['2025-03-10', 3], ['2026-01-22', 2]]);
    // A first rating makes the trust relationship.
    expect(await trust('p-transit', 'p-aaa')).toMatchObject({ level: 4.67, assessedAt: ROUND, assessedBy: 'Harlan Rides (county & volunteer transit)' });
    // Comments are survey touchpoints on the relationship.
    const comments = history.careLog.filter((entry) => entry.kind === 'survey');
    expect(comments.map((entry) => [entry.on, entry.note, entry.owner]).sort()).toEqual([
      [ROUND, 'Still no cost model.', 'Dana Ruiz'],
      [ROUND, 'They found us drivers for Thursdays.', 'Harlan Rides (county & volunteer transit)'],
    ]);
  });

  it('reads CSV forms the same way, and refuses a form of another network or a stranger file', async () => {
    const [csv] = downloaded(await t.api.writeSurveyForms({ networkId, respondentIds: ['p-ems'], roundDate: '2026-07-15', format: 'csv', delivery: 'download' }));
    const lines = csv!.content.split('\r\n');
    expect(lines[0]).toBe('\ufeffsurvey,network id,from id,from,round date,filled in by,partner id,partner,reliability (1-5),mission support (1-5),openness (1-5),comments');
    const answered = [lines[0], lines[1]!.replace(/,,,,$/, ',4,4,,quick to respond'), ...lines.slice(2)].join('\r\n');
    const summary = await t.api.applySurveyAnswers({ networkId, files: [{ name: 'ems.csv', encoding: 'utf8', content: answered }] });
    expect(summary).toMatchObject({ forms: 1, answered: 1 });
    const other = await t.api.createNetwork({ name: 'Another network' });
    const wrong = await t.api.checkSurveyAnswers({ networkId: other.id, files: [{ name: 'ems.csv', encoding: 'utf8', content: answered }, { name: 'notes.txt', encoding: 'utf8', content: 'hello' }] });
    expect(wrong.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'ems.csv: this form was written for another network, not "Another network"; read it back into the network it came from',
      'notes.txt: this is not a Careweave trust survey form; read back the forms the app wrote for this round (their sheet "About this form" says which network and partner they are for)',
    ]);
  });

  it('refuses to write a form for a party with nobody to rate, or for a patient group', async () => {
    const lonely = await t.api.createParty({ networkId, fields: { name: 'New clinic', side: 'internal', type: 'healthcare provider' } });
    const refused = await t.backend.router.dispatch('writeSurveyForms', { networkId, respondentIds: [lonely.id], roundDate: ROUND, format: 'xlsx', delivery: 'download' });
    expect(refused.ok || refused.error.message).toBe('No forms were written: New clinic has no partner organisations on the map to rate. Add its relationships first, or leave it out of this round.');
    const patients = await t.backend.router.dispatch('writeSurveyForms', { networkId, respondentIds: ['p-iop-clients'], roundDate: ROUND, format: 'xlsx', delivery: 'download' });
    expect(patients.ok || patients.error.message).toMatch(/a trust survey asks partner organisations/);
  });
});
