// GraphML as Gephi, yEd and Cytoscape desktop write it (fixtures written by hand from their
// documented shapes), with a summary of what was mapped; and XML that tries to expand entities
// or read other files is refused before it is parsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeImport, describeProblem, readImportFiles } from '../../shared/formats';
import type { ImportPlan } from '../../shared/formats';
import { planNew } from './fixtures';

function fixture(name: string) {
  return { name, text: readFileSync(join(__dirname, 'fixtures', name), 'utf8') };
}

async function importFixture(name: string, defaultKind?: 'RELIES_ON' | 'TRUSTS'): Promise<{ plan: ImportPlan; notes: string[] }> {
  const result = await readImportFiles('graphml', [fixture(name)], defaultKind ? { defaultKind } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { plan: await planNew(result.imported), notes: result.imported.notes };
}

const byName = (plan: ImportPlan) => new Map(plan.parties.added.map((party) => [party.name, party]));

describe('GraphML from other tools', () => {
  it('reads Gephi: labels, positions, types; keeps computed columns as notes; drops colours and sizes', async () => {
    const { plan, notes } = await importFixture('gephi.graphml');
    const parties = byName(plan);
    expect(parties.get('County Transit')).toMatchObject({ type: 'community agency', side: 'internal', x: -120.5, y: 33.25, notes: 'Modularity Class: 1' });
    expect(parties.get('Older adult patients')).toMatchObject({ side: 'external', type: 'patient' });
    const unit = parties.get('Senior Behavioral Health Unit');
    expect(plan.relationships.added).toEqual([
      expect.objectContaining({ kind: 'RELIES_ON', service: 'patient transport', source: unit?.id, target: parties.get('County Transit')?.id, notes: 'weight: 4.0' }),
      expect.objectContaining({ kind: 'RELIES_ON', service: 'inpatient care' }),
    ]);
    expect(notes).toEqual(
      expect.arrayContaining([
        'Parties (nodes): kept in the notes: "Modularity Class".',
        `Parties (nodes): left out, as they only describe the other tool's drawing: "size", "r", "g", "b".`,
        '2 connections gave no kind of relationship and were imported as "relies on" (the import option chooses this).',
      ]),
    );
    expect(plan.notes).toContain('2 new parties had no side; they were made internal customers. Change any that are patients, clients or families on the map.');
  });

  it('reads yEd: labels and positions from its drawing, groups as organisations, descriptions and URLs as notes', async () => {
    const { plan, notes } = await importFixture('yed.graphml');
    const parties = byName(plan);
    expect([...parties.keys()]).toEqual(['County Transit', 'Hospital departments', 'Emergency Department', 'Pharmacy']);
    expect(parties.get('County Transit')).toMatchObject({ x: 140, y: 215, notes: 'Runs the dial-a-ride & the Tuesday shuttle\nurl: https://transit.example.org', partOf: null });
    const group = parties.get('Hospital departments');
    expect(group).toMatchObject({ partOf: null, tags: [] });
    expect(parties.get('Emergency Department')).toMatchObject({ partOf: group?.id, tags: [], x: 390, y: 155 });
    expect(parties.get('Pharmacy')).toMatchObject({ partOf: group?.id, tags: [], x: 370, y: 210 });
    expect(plan.relationships.added.map((relationship) => [relationship.kind, 'service' in relationship ? relationship.service : null, relationship.notes])).toEqual([
      ['RELIES_ON', 'patient transport', ''],
      ['RELIES_ON', 'connection', 'stat orders only'],
      ['RELIES_ON', 'connection', ''],
    ]);
    // The connection to the group is now a connection to the organisation.
    expect(plan.relationships.added[2]).toMatchObject({ source: parties.get('County Transit')?.id, target: group?.id });
    expect(notes).toContain('Each yEd group became an organisation, a party of its own with the nodes inside it as its members (1 group).');
    expect(plan.target).toMatchObject({ description: 'Drawn in yEd by the program director' });
  });

  it('reads Cytoscape desktop: names, its interaction column as the kind, the rest as notes', async () => {
    const { plan, notes } = await importFixture('cytoscape.graphml', 'TRUSTS');
    expect(plan.target.name).toBe('Harlan partners (Cytoscape)');
    const parties = byName(plan);
    expect(parties.get('County Transit')).toMatchObject({ side: 'internal', notes: 'Funding source: county levy' });
    expect(parties.get('Family caregivers')).toMatchObject({ side: 'external' });
    const [trust, guessed] = plan.relationships.added;
    expect(trust).toMatchObject({ kind: 'TRUSTS', level: 2, source: parties.get('Family caregivers')?.id });
    // "pp" names no kind, so the option decides; with no level given it is neutral.
    expect(guessed).toMatchObject({ kind: 'TRUSTS', level: 3 });
    expect(notes).toEqual(
      expect.arrayContaining([
        `Relationships (edges): left out, as they only describe the other tool's drawing: "name", "shared name", "shared interaction", "SUID", "selected".`,
        'Parties (nodes): kept in the notes: "Funding source".',
      ]),
    );
  });
});

describe('unsafe and broken XML', () => {
  it.each(['billion-laughs.graphml', 'external-entity.graphml'])('refuses %s before parsing it', async (name) => {
    const started = Date.now();
    const result = await readImportFiles('graphml', [fixture(name)]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/DOCTYPE or entity declaration/);
    expect(JSON.stringify(result)).not.toMatch(/lollol|root:/);
  });

  it('leaves entity references it does not know as plain text, and decodes the five XML ones', async () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label"/><graph edgedefault="directed">
      <node id="a"><data key="l">&secret; &amp; &#233;&#x263A; &lt;b&gt;</data></node></graph></graphml>`;
    const result = await readImportFiles('graphml', [{ name: 'x.graphml', text }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const plan = await planNew(result.imported);
    expect(plan.parties.added[0]?.name).toBe('&secret; & é☺ <b>');
  });

  it.each([
    ['not XML at all', 'hello', /not well-formed XML/],
    ['a cut-off file', '<graphml><graph><node id="a">', /ends too early: it stops at line 1 .*cut off/],
    ['XML that is not GraphML', '<svg xmlns="http://www.w3.org/2000/svg"/>', /no <graphml> element/],
    ['GraphML without a graph', '<graphml/>', /no <graph> element/],
    ['an edge to a missing node', '<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>', /points to node "b", which is not in the file/],
    ['a node id used twice', '<graphml><graph><node id="a"/><node id="a"/></graph></graphml>', /node id is used twice/],
    ['a bad side', '<graphml><key id="s" for="node" attr.name="side"/><graph><node id="a"><data key="s">middle</data></node></graph></graphml>', /side "middle" is not one of: internal, external/],
  ])('explains %s', async (_label, text, message) => {
    const result = await analyzeImport({ format: 'graphml', files: [{ name: 'x.graphml', text }], existing: null, newId: () => crypto.randomUUID(), fallbackName: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(describeProblem).join('\n')).toMatch(message);
  });

  it('gives the line of an XML syntax error', async () => {
    const result = await readImportFiles('graphml', [{ name: 'x.graphml', text: '<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>' }]);
    expect(result.ok ? null : result.problems[0]?.line).toBe(4);
  });
});
