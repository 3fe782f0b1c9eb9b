// Reading spreadsheets: columns by name in any order, parties named or referenced by id, the
// template, and bad files whose every problem is reported with file, line and field in words.
import { describe, expect, it } from 'vitest';
import { analyzeImport, csvTemplate, decodeText, describeProblem, readImportFiles, TEMPLATE_FILE_NAMES } from '../../shared/formats';
import type { ImportFile, ImportParseResult } from '../../shared/formats';
import { planNew } from './fixtures';

const PARTIES = ['name,side,type', 'County Transit,internal,community agency', 'Unit,internal,hospital unit/department', 'Families,external,family/caregiver'].join('\n');

function files(relationships: string, parties = PARTIES): ImportFile[] {
  return [
    { name: 'parties.csv', text: parties },
    { name: 'relationships.csv', text: relationships },
  ];
}

async function problemsOf(input: ImportFile[]): Promise<string[]> {
  const result = await analyzeImport({ format: 'csv', files: input, existing: null, newId: () => crypto.randomUUID(), fallbackName: 'x' });
  return result.ok ? [] : result.problems.map(describeProblem);
}

function ok(result: ImportParseResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.imported;
}

describe('reading spreadsheets', () => {
  it('finds columns by name in any order, with other spellings, and ties relationships to parties by name', async () => {
    const imported = ok(
      await readImportFiles('csv', [
        { name: 'My partners.CSV', text: ['Party Type;Party Name;Side', 'payer;Medicaid plan;Internal', 'patient;Older adults;'].join('\r\n') },
        { name: 'links.csv', text: ['To;From;Kind;Trust Level (1-5);Resource;Amount', 'Older adults;Medicaid plan;resource flow;;funding;"$1,200.50"', 'Medicaid plan;Older adults;TRUSTS;2;;'].join('\r\n') },
      ]),
    );
    const plan = await planNew(imported);
    expect(plan.parties.added.map((party) => [party.name, party.side, party.type])).toEqual([
      ['Medicaid plan', 'internal', 'payer'],
      ['Older adults', 'external', 'patient'],
    ]);
    const [flow, trust] = plan.relationships.added;
    expect(flow).toMatchObject({ kind: 'RESOURCE_FLOW', resource: 'funding', amount: 1200.5 });
    expect(trust).toMatchObject({ kind: 'TRUSTS', level: 2 });
    const ids = new Map(plan.parties.added.map((party) => [party.name, party.id]));
    expect(flow?.source).toBe(ids.get('Medicaid plan'));
    expect(trust?.source).toBe(ids.get('Older adults'));
  });

  it('works out the kind from the cells filled in, and the trust level from the three scores', async () => {
    const plan = await planNew(
      ok(await readImportFiles('csv', files(['from,to,service,reliability,mission support,openness', 'Unit,County Transit,transport,,,', 'Unit,County Transit,,4,3,4'].join('\n')))),
    );
    expect(plan.relationships.added.map((relationship) => relationship.kind)).toEqual(['RELIES_ON', 'TRUSTS']);
    expect(plan.relationships.added[1]).toMatchObject({ level: 3.67, reliability: 4 });
  });

  it('reads the template as it is: its example rows import cleanly', async () => {
    const template = csvTemplate();
    const plan = await planNew(
      ok(
        await readImportFiles('csv', [
          { name: TEMPLATE_FILE_NAMES.guide, text: template.guide },
          { name: TEMPLATE_FILE_NAMES.parties, text: template.parties },
          { name: TEMPLATE_FILE_NAMES.relationships, text: template.relationships },
        ]),
      ),
    );
    expect(plan.parties.added).toHaveLength(5);
    const hospital = plan.parties.added.find((party) => party.name === 'Cedar Bend Memorial Hospital');
    expect(plan.parties.added.find((party) => party.name === 'Senior Behavioral Health Unit')?.partOf).toBe(hospital?.id);
    expect(plan.relationships.added).toHaveLength(4);
    expect(template.guide).toContain('trust level');
    expect(template.guide).toContain('funding; referrals; beds; staff; transport; data; supplies; other');
  });

  it('reads files saved by Windows spreadsheets in the Windows-1252 code page', () => {
    const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb]);
    expect(decodeText(bytes)).toEqual({ text: 'name\nZoë', encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode('\ufeffname\nZoë'))).toEqual({ text: 'name\nZoë', encoding: 'utf-8' });
  });

  it('counts lines the way a spreadsheet shows them, even with line breaks inside quoted cells', async () => {
    const problems = await problemsOf(files(['from,to,kind,trust level', 'Unit,Families,trust,3', '"Unit",County Transit,trust,"2"', '', 'Unit,County Transit,reliance,', 'County Transit,Unit,trust,7'].join('\n'), ['name,side,type,notes', 'County Transit,internal,community agency,"two', 'lines"', 'Unit,internal,hospital unit/department,', 'Families,external,family/caregiver,'].join('\n')));
    expect(problems).toEqual([
      'relationships.csv line 5: service is missing',
      'relationships.csv line 6: trust level 7 is outside 1–5',
    ]);
  });
});

describe('bad spreadsheets', () => {
  it.each([
    ['a trust level of 7', 'from,to,kind,trust level\nUnit,Families,trust,7', 'relationships.csv line 2: trust level 7 is outside 1–5'],
    ['a criticality of 9', 'from,to,kind,service,criticality\nUnit,Families,reliance,beds,9', 'relationships.csv line 2: criticality 9 is outside 1–5'],
    ['a criticality in words', 'from,to,kind,service,criticality\nUnit,Families,reliance,beds,high', 'relationships.csv line 2: criticality "high" is not a number; write a whole number from 1 to 5'],
    ['an unknown party name', 'from,to,kind,trust level\nUnit,Cty Transit,trust,3', 'relationships.csv line 2: "to" party "Cty Transit" is not in parties.csv; check the spelling'],
    ['an unknown kind', 'from,to,kind\nUnit,Families,friendship', 'relationships.csv line 2: kind "friendship" is not one of: reliance, resource flow, trust'],
    ['a missing kind', 'from,to,notes\nUnit,Families,hello', 'relationships.csv line 2: kind is empty; write reliance, resource flow or trust'],
    ['an unknown resource', 'from,to,kind,resource\nUnit,Families,resource flow,money', 'relationships.csv line 2: resource "money" is not one of: funding, referrals, beds, staff, transport, data, supplies, other'],
    ['a negative amount', 'from,to,kind,resource,amount\nUnit,Families,flow,funding,-5', 'relationships.csv line 2: amount -5 is negative; amounts cannot be below 0'],
    ['a date that does not exist', 'from,to,kind,trust level,assessed on\nUnit,Families,trust,3,2026-02-30', 'relationships.csv line 2: assessed on "2026-02-30" is not a real date'],
    ['a self-loop', 'from,to,kind,trust level\nUnit,Unit,trust,3', 'relationships.csv line 2: A relationship must connect two different parties: a party cannot rely on, supply or trust itself.'],
    ['a duplicate relationship id', 'id,from,to,kind,trust level\nr1,Unit,Families,trust,3\nr1,Families,Unit,trust,3', 'relationships.csv line 3: id "r1" is used by two relationships in this file; each needs its own id'],
    ['an id with spaces', 'id,from,to,kind,trust level\nmy id,Unit,Families,trust,3', 'relationships.csv line 2: id "my id" cannot be used: An id may contain only letters, digits, ".", "_", ":" and "-".'],
    ['a value with an unquoted comma', 'from,to,kind,service\nUnit,Families,reliance,beds, chairs', 'relationships.csv line 2: this line has 5 cells but the header has 4 columns; a value probably contains a comma or semicolon — put that value in double quotes'],
    ['an unclosed quote', 'from,to,kind,service\nUnit,Families,reliance,"beds', 'relationships.csv line 2: this line cannot be read: a quoted cell is never closed; check for a stray " character'],
    ['a file without from and to', 'source party,kind\nUnit,trust', 'relationships.csv line 1: Careweave cannot tell what this file holds: a parties file needs a "name" column, a relationships file "from" and "to" columns. Start from the template (Download template) to see the columns.'],
  ])('%s', async (_label, relationships, expected) => {
    expect(await problemsOf(files(relationships))).toEqual([expected]);
  });

  it.each([
    ['a duplicate party id', 'id,name,side,type\np1,A,internal,payer\np1,B,internal,payer', 'parties.csv line 3: id "p1" is used by two parties in this file; each party needs its own id'],
    ['a wrong side', 'name,side,type\nA,inside,payer', 'parties.csv line 2: side "inside" is not one of: internal, external'],
    ['a missing side', 'name,side,type\nA,,payer', 'parties.csv line 2: side is missing; write internal or external'],
    ['a missing name', 'name,side,type\n,internal,payer', 'parties.csv line 2: name is empty; every party needs a name'],
    ['a half position', 'name,side,type,x,y\nA,internal,payer,3,', 'parties.csv line 2: give both x and y positions, or leave both blank'],
    ['an interest without a stance', 'name,side,type,interests\nA,internal,payer,cost', 'parties.csv line 2: interest "cost" needs a topic and a stance, like "discharge: wants faster"'],
    ['a name listed twice', 'name,side,type\nA,internal,payer\na,internal,payer\nB,internal,payer', ''],
    ['a duplicated column', 'name,side,type,Name\nA,internal,payer,B', 'parties.csv line 1: the column "name" appears twice (as "name" and "Name"); keep one'],
  ])('%s', async (label, parties, expected) => {
    const problems = await problemsOf([{ name: 'parties.csv', text: parties }, ...(label === 'a name listed twice' ? [{ name: 'relationships.csv', text: 'from,to,kind,trust level\nB,A,trust,3' }] : [])]);
    if (label === 'a name listed twice') expect(problems[0]).toMatch(/"to" is "A", but 2 parties have that name; write the party's id instead/);
    else expect(problems).toEqual([expected]);
  });

  it('reports every problem of the file, not just the first', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => `Unit,Families,trust,${index % 2 === 0 ? 9 : 3}`);
    const problems = await problemsOf(files(['from,to,kind,trust level', ...rows].join('\n')));
    expect(problems).toHaveLength(15);
    expect(problems[14]).toBe('relationships.csv line 30: trust level 9 is outside 1–5');
  });

  it('says when a file is empty or not a spreadsheet it understands', async () => {
    expect(await problemsOf([{ name: 'empty.csv', text: '' }])).toEqual([expect.stringMatching(/^empty\.csv: This file is empty: it has no rows at all, so there is nothing to import\./)]);
    expect(await problemsOf([{ name: 'only-header.csv', text: 'name,side,type\n' }])).toEqual(['only-header.csv: the files have a header but no rows to import']);
    expect(await problemsOf([{ name: 'a.csv', text: 'name\nx' }, { name: 'b.csv', text: 'name\ny' }])).toContain(
      'b.csv: this is a second parties file (besides a.csv); choose one parties file and one relationships file',
    );
  });
});
