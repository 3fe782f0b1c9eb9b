// Spreadsheets saved by Excel outside the US: semicolons, decimal commas ("250.000,50",
// "1 234,5" with a no-break space as French Excel writes it), day-first dates, "Relationship
// Type" as the kind column and built-in types typed with capitals; and sheets without a type
// column. excel-de-*.csv are written by hand as German Excel saves "CSV UTF-8"; the smaller
// cases below say which program writes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeImport, describeProblem, readImportFiles } from '../../shared/formats';
import type { ImportFile, ImportPlan } from '../../shared/formats';
import { planNew } from './fixtures';

const fixture = (name: string): ImportFile => ({ name, text: readFileSync(join(__dirname, 'fixtures', name), 'utf8') });

async function plan(files: ImportFile[], dateOrder?: 'day-first' | 'month-first'): Promise<{ plan: ImportPlan; notes: string[] }> {
  const result = await readImportFiles('csv', files, dateOrder ? { dateOrder } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { plan: await planNew(result.imported), notes: result.imported.notes };
}

async function problems(files: ImportFile[]): Promise<string[]> {
  const result = await analyzeImport({ format: 'csv', files, existing: null, newId: () => crypto.randomUUID(), fallbackName: 'x' });
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(describeProblem);
}

describe('a German Excel spreadsheet (excel-de-parties.csv, excel-de-relationships.csv)', () => {
  const files = () => [fixture('excel-de-parties.csv'), fixture('excel-de-relationships.csv')];

  it('reads decimal commas in positions, amounts and trust levels', async () => {
    const { plan: result, notes } = await plan(files());
    const parties = new Map(result.parties.added.map((party) => [party.name, party]));
    expect(parties.get('Senior Behavioral Health Unit')).toMatchObject({ x: 120.5, y: -33.25 });
    expect(parties.get('County Transit')).toMatchObject({ x: 1250.75, y: 80 });
    const flows = result.relationships.added.filter((relationship) => relationship.kind === 'RESOURCE_FLOW');
    expect(flows.map((flow) => [flow.resource, flow.amount, flow.unit, flow.period])).toEqual([
      ['funding', 250000.5, 'EUR', 'year'],
      ['transport', 1234.5, 'rides', 'month'],
    ]);
    expect(notes).toContain('Numbers were read with a decimal comma (like "120,5"), as the spreadsheet writes them.');
  });

  it('reads every date day first because one of them can only be day first', async () => {
    const { plan: result, notes } = await plan(files());
    const trusts = result.relationships.added.filter((relationship) => relationship.kind === 'TRUSTS');
    expect(trusts.map((trust) => [trust.level, trust.assessedAt])).toEqual([
      [3.5, '2026-03-31'],
      // 04/05/2026 alone could be either; the file's 31/03/2026 says day first: 4 May.
      [4, '2026-05-04'],
    ]);
    expect(notes).toContain('Dates were read day first (like "31/03/2026"), as the spreadsheet writes them.');
  });

  it('takes "Relationship Type" as the kind column and built-in types whatever their capitals', async () => {
    const { plan: result, notes } = await plan(files());
    expect(result.relationships.added.map((relationship) => relationship.kind)).toEqual(['RELIES_ON', 'RESOURCE_FLOW', 'RESOURCE_FLOW', 'TRUSTS', 'TRUSTS']);
    expect(result.parties.added.map((party) => [party.name, party.type, party.side])).toEqual([
      ['Senior Behavioral Health Unit', 'hospital unit/department', 'internal'],
      ['County Transit', 'community agency', 'internal'],
      ['Pflegekasse Nord', 'payer', 'internal'],
      ['Older adult patients', 'patient', 'external'],
    ]);
    expect(notes.join('\n')).not.toMatch(/left out: .*Relationship Type/);
  });
});

describe('other spreadsheets', () => {
  it('reads 3/31/2026 and 2026-03-31 from a US Excel as before', async () => {
    // US Excel: commas, month-first dates, thousands with commas.
    const { plan: result, notes } = await plan([
      { name: 'parties.csv', text: 'name,side,type\nA,internal,payer\nB,internal,payer\n' },
      { name: 'relationships.csv', text: 'kind,from,to,resource,amount,trust level,assessed on\nresource flow,A,B,funding,"1,250.75",,\ntrust,A,B,,,4,3/31/2026\ntrust,B,A,,,2.5,2026-03-31\n' },
    ]);
    expect(result.relationships.added.map((relationship) => ('amount' in relationship ? relationship.amount : relationship.kind === 'TRUSTS' ? relationship.assessedAt : null))).toEqual([1250.75, '2026-03-31', '2026-03-31']);
    expect(notes.join('\n')).not.toMatch(/decimal comma|day first/);
  });

  it('asks about dates that could be either, and reads them day first when the person chose so', async () => {
    // A UK Excel writes 03/04/2026 for 3 April; nothing in this file tells which order it is.
    const files = () => [
      { name: 'parties.csv', text: 'name,side,type\nA,internal,payer\nB,internal,payer\n' },
      { name: 'relationships.csv', text: 'kind,from,to,trust level,assessed on\ntrust,A,B,4,03/04/2026\n' },
    ];
    const guessed = await plan(files());
    expect(guessed.notes).toContain(
      'Dates such as "03/04/2026" could be month first or day first, and no date in the file tells; they were read month first. If the spreadsheet writes the day first, import it again and choose “day first” for spreadsheet dates.',
    );
    const chosen = await plan(files(), 'day-first');
    expect(chosen.plan.relationships.added[0]).toMatchObject({ kind: 'TRUSTS', assessedAt: '2026-04-03' });
    expect(chosen.notes).toContain('Dates were read day first, as chosen for this import.');
  });

  // Each row: what the sheet is, where it comes from, its relationships.csv (the parties are A
  // and B, written with the same delimiter), and the one message expected.
  it.each([
    [
      'a sheet mixing decimal points and commas (edited on two computers with different settings)',
      'kind;from;to;resource;amount\nresource flow;A;B;funding;2,5\nresource flow;B;A;funding;3.75\n',
      'relationships.csv line 2: amount "2,5" is not a number; write it like 1234.5 or 1,234.5',
    ],
    [
      'a date typed as words in a sheet whose dates are day first (a UK Excel)',
      'kind;from;to;trust level;assessed on\ntrust;A;B;4;31/03/2026\ntrust;B;A;4;March 31\n',
      'relationships.csv line 3: assessed on "March 31" is not a date; write it like 2026-03-31 or 31/03/2026 (day first, as this file writes dates)',
    ],
    [
      'a resource flow with its resource cell left blank (US Excel)',
      'kind,from,to,resource,amount\nresource flow,A,B,,100\n',
      'relationships.csv line 2: resource is missing; write one of: funding, referrals, beds, staff, transport, data, supplies, other',
    ],
  ])('explains %s, naming the form it expects', async (_label, relationships, message) => {
    const delimiter = relationships.includes(';') ? ';' : ',';
    const parties = ['name', 'side', 'type'].join(delimiter) + `\nA${delimiter}internal${delimiter}payer\nB${delimiter}internal${delimiter}payer\n`;
    expect(await problems([{ name: 'parties.csv', text: parties }, { name: 'relationships.csv', text: relationships }])).toEqual([message]);
  });

  it('gives parties of a sheet without a type column the type "other", as the template guide says', async () => {
    // Numbers (macOS) exports only the columns the person made: here just name and side.
    const { plan: result } = await plan([{ name: 'parties.csv', text: 'name,side\nCounty Transit,internal\nFamilies,external\n' }]);
    expect(result.parties.added.map((party) => [party.name, party.type])).toEqual([
      ['County Transit', 'other'],
      ['Families', 'other'],
    ]);
    expect(result.notes).toContain('2 new parties had no type; they were given the type "other" (choose a type for each on the map).');
  });
});
