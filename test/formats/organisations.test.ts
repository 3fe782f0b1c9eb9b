// Organisations in files (issue 15): a member's organisation travels as `partOf` in JSON, as the
// "part of" columns in CSV, as an attribute in GraphML and, with yEd's drawing, as yEd groups;
// an import resolves it like a relationship's ends and refuses what cannot be (loops, unknowns).
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import type { NetworkGraph } from '../../shared/domain';
import { DATA_CONVERTERS, planImport, readImportFiles } from '../../shared/formats';
import type { ImportedNetwork } from '../../shared/formats';
import { documentToGraph } from './fixtures';

const hospital = () =>
  documentToGraph(
    networkDocumentSchema.parse({
      format: 'careweave.network',
      formatVersion: 1,
      network: { name: 'Cedar Bend' },
      parties: [
        { id: 'cbm', name: 'Cedar Bend Memorial', side: 'internal', type: 'healthcare provider', x: 0, y: 0 },
        { id: 'ed', name: 'Emergency Department', side: 'internal', type: 'hospital unit/department', x: 10, y: 10, partOf: 'cbm' },
        { id: 'pharmacy', name: 'Pharmacy', side: 'internal', type: 'hospital unit/department', x: 20, y: 10, partOf: 'cbm' },
        { id: 'transit', name: 'County Transit', side: 'internal', type: 'community agency', x: 200, y: 0 },
      ],
      relationships: [{ id: 'r1', kind: 'RELIES_ON', source: 'ed', target: 'transit', service: 'transport' }],
    }),
  );

const csv = (parties: string[]) => [{ name: 'parties.csv', text: parties.join('\n') }];

async function parse(format: 'csv' | 'json', files: { name: string; text: string }[]): Promise<ImportedNetwork> {
  const result = await readImportFiles(format, files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.imported;
}

async function plan(imported: ImportedNetwork, existing: NetworkGraph | null = null) {
  let next = 0;
  return planImport({ existing, imported, newId: () => `new-${(next += 1)}`, fallbackName: 'Imported' });
}

describe('organisations in exported files', () => {
  it('GraphML for yEd nests members in their organisation as a yEd group; without yEd it is a flat partOf attribute', () => {
    const graph = hospital();
    const [yed] = DATA_CONVERTERS.graphml.exportFiles(graph, { exportedAt: '2026-02-01T00:00:00Z', yedGraphics: true });
    const text = yed!.text;
    expect(text).toContain('<node id="cbm" yfiles.foldertype="group">');
    expect(text).toContain('<y:ProxyAutoBoundsNode>');
    // The department sits inside the hospital's nested graph, not at the top level.
    expect(text.indexOf('<graph id="cbm:"')).toBeLessThan(text.indexOf('<node id="ed">'));
    expect(text.indexOf('<node id="ed">')).toBeLessThan(text.indexOf('<node id="transit">'));
    const [flat] = DATA_CONVERTERS.graphml.exportFiles(graph, { exportedAt: '2026-02-01T00:00:00Z', yedGraphics: false });
    expect(flat!.text).not.toContain('foldertype');
    expect(flat!.text).toContain('<data key="n_partOf">cbm</data>');
  });

  it('CSV writes the organisation by name and by id', () => {
    const [parties] = DATA_CONVERTERS.csv.exportFiles(hospital(), { exportedAt: '2026-02-01T00:00:00Z', yedGraphics: false });
    expect(parties!.text).toContain('ed,Emergency Department,,internal,hospital unit/department,,,,10,10,Cedar Bend Memorial,cbm\r\n');
  });
});

describe('organisations in imported files', () => {
  it('a spreadsheet names the organisation by name, in any row order', async () => {
    const result = await plan(
      await parse('csv', csv(['name,side,type,part of', 'Pharmacy,internal,hospital unit/department,Cedar Bend Memorial', 'Cedar Bend Memorial,internal,healthcare provider,'])),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [pharmacy, memorial] = result.plan.parties.added;
    expect(pharmacy).toMatchObject({ name: 'Pharmacy', partOf: memorial!.id });
    expect(memorial!.partOf).toBeNull();
  });

  it('merging moves a party into an organisation, and a blank "part of" takes it out', async () => {
    const existing = hospital();
    const result = await plan(
      await parse('csv', csv(['id,name,part of', 'transit,County Transit,Cedar Bend Memorial', 'ed,Emergency Department,'])),
      existing,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.parties.changed.map((change) => [change.id, change.after.partOf, change.fields])).toEqual([
      ['transit', 'cbm', ['part of']],
      ['ed', null, ['part of']],
    ]);
    expect(result.plan.parties.unchanged).toBe(0);
  });

  it('a file that leaves membership out keeps what the network has', async () => {
    const result = await plan(await parse('csv', csv(['id,name,notes', 'ed,Emergency Department,24/7'])), hospital());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.parties.changed[0]?.after).toMatchObject({ notes: '24/7', partOf: 'cbm' });
  });

  it.each([
    ['a party part of itself', ['name,side,type,part of', 'Ward,internal,other,Ward'], 'A party cannot be part of itself'],
    ['a loop of two', ['name,side,type,part of', 'Ward,internal,other,Hospital', 'Hospital,internal,other,Ward'], 'cannot be part of'],
    ['an unknown organisation', ['name,side,type,part of', 'Ward,internal,other,Nowhere General'], '"part of" party "Nowhere General" is not in parties.csv'],
  ])('refuses %s, saying which row', async (_label, rows, message) => {
    const result = await plan(await parse('csv', csv(rows)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'parties.csv', line: 2, field: 'part of' });
    expect(result.problems.map((problem) => problem.message).join(' ')).toContain(message);
  });

  it('refuses a loop made with a membership the network already has', async () => {
    // The hospital cannot become part of its own emergency department.
    const result = await plan(await parse('csv', csv(['id,name,part of', 'cbm,Cedar Bend Memorial,Emergency Department'])), hospital());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('"Cedar Bend Memorial" cannot be part of "Emergency Department"');
  });

  it('the network document refuses an organisation that is not in the file, and a loop', () => {
    const document = (parties: object[]) => networkDocumentSchema.safeParse({ format: 'careweave.network', formatVersion: 1, network: { name: 'N' }, parties, relationships: [] });
    const party = (id: string, partOf: string | null) => ({ id, name: id, side: 'internal', type: 'other', partOf });
    const unknown = document([party('a', 'zz')]);
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]).toMatchObject({ path: ['parties', 0, 'partOf'], message: 'Party "a" is part of "zz", which is not a party in this file.' });
    const loop = document([party('a', 'b'), party('b', 'a')]);
    expect(loop.success).toBe(false);
    expect(loop.error?.issues[0]?.message).toContain('an organisation cannot be inside one of its members');
    expect(document([party('a', null), party('b', 'a'), party('c', 'b')]).success).toBe(true);
  });
});
