// GraphML as yFiles for HTML / yEd Live, yEd desktop, Gephi and Cytoscape desktop write it
// beyond the basics in graphmlImport.test.ts. Each fixture is written by hand in the shape the
// named tool saves (its header comment says which); each test checks names, positions, fields
// and the words of the preview's summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkToGraphml, readImportFiles } from '../../shared/formats';
import type { ImportPlan } from '../../shared/formats';
import { planNew, sampleGraph } from './fixtures';

async function importFixture(name: string): Promise<{ plan: ImportPlan; notes: string[] }> {
  const text = readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  const result = await readImportFiles('graphml', [{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { plan: await planNew(result.imported), notes: result.imported.notes };
}

const byName = (plan: ImportPlan) => new Map(plan.parties.added.map((party) => [party.name, party]));

describe('yFiles for HTML / yEd Live (yed-live.graphml)', () => {
  it("names each party by its label's Text and places it at the centre of its RectD box", async () => {
    const { plan } = await importFixture('yed-live.graphml');
    const parties = byName(plan);
    expect([...parties.keys()].sort()).toEqual(['County Transit', 'Family caregivers', 'Senior Behavioral Health Unit']);
    expect(parties.get('County Transit')).toMatchObject({ x: 130, y: 220 });
    expect(parties.get('Senior Behavioral Health Unit')).toMatchObject({ x: -0.5, y: 35.25 });
    expect(parties.get('Family caregivers')).toMatchObject({ x: 315, y: 15 });
  });

  it("reads the data panel's properties as fields: built-in types whatever their capitals, tags from a list", async () => {
    const { plan } = await importFixture('yed-live.graphml');
    const parties = byName(plan);
    expect(parties.get('County Transit')).toMatchObject({ type: 'community agency', side: 'internal', tags: ['transport', 'rural'], notes: 'phone: 555-0100' });
    // The family type makes the party an external customer; the second label and the
    // description are kept in the notes.
    expect(parties.get('Family caregivers')).toMatchObject({ type: 'family/caregiver', side: 'external', notes: '' });
    expect(parties.get('Senior Behavioral Health Unit')).toMatchObject({
      type: 'hospital unit/department',
      notes: 'Ten-bed geriatric psychiatry unit\nlabel: Open 24/7',
    });
  });

  it('reads edges by their labels and data panel properties', async () => {
    const { plan } = await importFixture('yed-live.graphml');
    const parties = byName(plan);
    expect(plan.relationships.added).toEqual([
      expect.objectContaining({ kind: 'RELIES_ON', service: 'patient transport', criticality: 4, substitutability: 'limited', source: parties.get('Senior Behavioral Health Unit')?.id }),
      expect.objectContaining({ kind: 'TRUSTS', level: 4.5, source: parties.get('Family caregivers')?.id }),
    ]);
  });

  it('says what it read and claims nothing was kept that is not in the notes', async () => {
    const { notes } = await importFixture('yed-live.graphml');
    expect(notes).toContain('Parties (nodes): read "type" as party type, "side", "tags", "description" as notes.');
    expect(notes).toContain('Parties (nodes): kept in the notes: "phone".');
    expect(notes).toContain('1 node had more than one label; the first became the name and the others were kept in the notes.');
    const all = notes.join('\n');
    for (const drawingOnly of ['NodeLabels', 'NodeGeometry', 'UserTags', 'NodeStyle', 'zOrder', 'Expanded', 'url', 'fleet']) expect(all).not.toContain(`"${drawingOnly}"`);
  });
});

describe('yEd desktop (yed-desktop-labels.graphml)', () => {
  it("keeps the second label and GraphML's <desc> in the notes", async () => {
    const { plan, notes } = await importFixture('yed-desktop-labels.graphml');
    const parties = byName(plan);
    expect(parties.get('County Transit')).toMatchObject({ x: 100, y: 200, notes: "Runs the county's dial-a-ride\nlabel: weekdays only" });
    expect(parties.get('Outpatient clinic')).toMatchObject({ x: 300, y: 100, notes: '' });
    expect(plan.relationships.added).toEqual([expect.objectContaining({ kind: 'RELIES_ON', service: 'patient transport', notes: 'Tuesday shuttle' })]);
    expect(notes).toContain('Parties (nodes): read "<desc>" as notes.');
    expect(notes.join('\n')).not.toMatch(/kept in the notes: "url"/);
  });
});

describe("Gephi's edge labels (gephi-edge-labels.graphml)", () => {
  it('reads label= on the edge element, and keeps the weight when the kind comes from the label', async () => {
    const { plan } = await importFixture('gephi-edge-labels.graphml');
    const parties = byName(plan);
    expect(parties.get('Telepsychiatry group')).toMatchObject({ x: 150.5, y: 75 });
    const [cover, trust, named] = plan.relationships.added;
    // A label that names no kind is the service; the option's kind (reliance) applies.
    expect(cover).toMatchObject({ kind: 'RELIES_ON', service: 'psychiatry cover', notes: 'weight: 4.0', source: parties.get('Senior IOP')?.id });
    // "trusts" names the kind; Gephi's weight is the trust level.
    expect(trust).toMatchObject({ kind: 'TRUSTS', level: 2, notes: '', source: parties.get('IOP clients')?.id });
    // "relies on" names the kind but no service; the weight stays readable in the notes.
    expect(named).toMatchObject({ kind: 'RELIES_ON', notes: 'weight: 5.0' });
  });
});

describe('Cytoscape desktop list columns (cytoscape-lists.graphml)', () => {
  it('reads "[acute, ER]" as two tags and "[]" as none, and keeps the weight of an edge typed by its interaction', async () => {
    const { plan, notes } = await importFixture('cytoscape-lists.graphml');
    const parties = byName(plan);
    expect(parties.get('Emergency Department')).toMatchObject({ tags: ['acute', 'ER'], notes: '' });
    expect(parties.get('Pharmacy')).toMatchObject({ tags: [], notes: '' });
    expect(plan.relationships.added).toEqual([expect.objectContaining({ kind: 'RELIES_ON', service: 'stat orders', notes: 'weight: 0.75' })]);
    expect(notes.join('\n')).not.toContain('"contracts"');
    expect(notes).toContain('Relationships (edges): kept in the notes: "weight".');
  });
});

describe("Careweave's own export, moved about in yEd and saved there", () => {
  it("places a party where yEd's drawing shows it once its box has moved away from the x and y columns", async () => {
    const graph = sampleGraph();
    const [moved, kept] = [...graph.parties].sort((a, b) => (a.id < b.id ? -1 : 1));
    if (!moved || !kept || moved.x === null || moved.y === null) throw new Error('the sample has placed parties');
    // yEd rewrites the box's corner when a node is dragged and leaves the other columns alone.
    const exported = networkToGraphml(graph, { yedGraphics: true });
    const box = new RegExp(`(<node id="${moved.id}">\\s*<data key="n_graphics"><y:ShapeNode><y:Geometry height="(\\d+)" width="(\\d+)") x="[^"]*" y="[^"]*"`);
    const text = exported.replace(box, (_match, start: string) => `${start} x="500" y="-300"`);
    expect(text).not.toBe(exported);
    const result = await readImportFiles('graphml', [{ name: 'saved-in-yed.graphml', text }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const parties = new Map((await planNew(result.imported)).parties.added.map((party) => [party.id, party]));
    const width = moved.side === 'internal' ? 44 : 36;
    const height = moved.side === 'internal' ? 30 : 36;
    expect(parties.get(moved.id)).toMatchObject({ x: 500 + width / 2, y: -300 + height / 2 });
    expect(parties.get(kept.id)).toMatchObject({ x: kept.x, y: kept.y });
    expect(result.imported.notes).toContain('1 party had been moved in the drawing since the x and y columns were written; it was placed where the drawing shows.');
  });
});
