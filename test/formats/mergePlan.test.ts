// Importing into an existing network: matched by id, or by name when the file has no id;
// only the fields the file gives are changed; the preview says what is added, changed and left
// alone; ambiguous matches and impossible changes are refused with the reason.
import { describe, expect, it } from 'vitest';
import { analyzeImport, describeProblem, networkToCsv, previewOfPlan } from '../../shared/formats';
import type { ImportFile } from '../../shared/formats';
import type { NetworkGraph } from '../../shared/domain';
import { documentToGraph, trickyDocument } from './fixtures';

function existing(): NetworkGraph {
  return documentToGraph(trickyDocument());
}

async function merge(files: ImportFile[], graph = existing()) {
  let next = 0;
  return analyzeImport({ format: 'csv', files, existing: graph, newId: () => `new-${(next += 1)}`, fallbackName: 'x' });
}

async function mergePlan(files: ImportFile[], graph = existing()) {
  const result = await merge(files, graph);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.plan;
}

describe('merging a spreadsheet into an existing network', () => {
  it('finds nothing to do when the network is imported onto itself', async () => {
    const csv = networkToCsv(existing());
    const plan = await mergePlan([
      { name: 'parties.csv', text: csv.parties },
      { name: 'relationships.csv', text: csv.relationships },
    ]);
    expect(previewOfPlan(plan)).toMatchObject({
      newNetwork: false,
      networkName: 'Tricky "network", with commas',
      parties: { added: 0, changed: 0, unchanged: 4 },
      relationships: { added: 0, changed: 0, unchanged: 5 },
    });
  });

  it('matches by id, then by name; changes only the columns the file has', async () => {
    const plan = await mergePlan([
      {
        name: 'parties.csv',
        text: ['id,name,type', 'p3,Area Agency on Aging & Disability,community agency', ',zoë’s clinic, inc.,healthcare provider', ',New Partner,payer'].join('\n').replace(',zoë’s clinic, inc.,', ',"Zoë’s Clinic, Inc.",'),
      },
    ]).catch((error: Error) => error);
    expect(plan).toBeInstanceOf(Error);
    expect(String(plan)).toContain('parties.csv line 4: side is missing; write internal or external');

    const ok = await mergePlan([
      { name: 'parties.csv', text: ['id,name,type,side', 'p3,Area Agency on Aging & Disability,community agency,', ',ZOË’S CLINIC, INC.,,', ',New Partner,payer,internal'].map((line, index) => (index === 2 ? ',"ZOË’S CLINIC, INC.",,' : line)).join('\n') },
    ]);
    const preview = previewOfPlan(ok);
    expect(preview.parties).toEqual({ added: 1, changed: 2, unchanged: 0 });
    expect(preview.samples.addedParties).toEqual(['New Partner']);
    expect(preview.samples.changedParties).toEqual([
      { label: 'Area Agency on Aging & Disability', fields: ['party type'] },
      { label: 'ZOË’S CLINIC, INC.', fields: ['name'] },
    ]);
    const agency = ok.parties.changed[0]?.after;
    // Tags, notes and the position were not in the file, so they are kept.
    expect(agency).toMatchObject({ id: 'p3', tags: ['<tag>'], type: 'community agency', x: null });
    expect(ok.parties.changed[1]?.after).toMatchObject({ id: 'p1', x: -120.5, tags: ['rural', 'a, b'] });
    expect(ok.parties.added[0]?.id).toBe('new-1');
  });

  it('updates a relationship matched by what it connects, and recomputes trust from new scores', async () => {
    const plan = await mergePlan([
      {
        name: 'relationships.csv',
        text: ['from,to,kind,service,criticality,reliability,mission support,openness', 'p1,p3,reliance,Discharge placement, urgent,2,,,'.replace('Discharge placement, urgent', '"discharge placement, urgent"'), 'p1,p4,trust,,,5,5,5', 'p2,p3,trust,,,1,,'].join('\n'),
      },
    ]);
    const preview = previewOfPlan(plan);
    expect(preview.relationships).toEqual({ added: 1, changed: 2, unchanged: 0 });
    expect(preview.samples.changedRelationships).toEqual([
      { label: 'Zoë’s Clinic, Inc. relies on Area Agency on Aging & Disability (discharge placement, urgent)', fields: ['criticality'] },
      { label: 'Zoë’s Clinic, Inc. trusts 社区卫生中心 (level 5)', fields: ['trust level', 'reliability', 'mission support', 'openness'] },
    ]);
    expect(plan.relationships.changed[0]).toMatchObject({ id: 'r1', version: 0, after: { criticality: 2, substitutability: 'limited', notes: '@mention' } });
    expect(plan.relationships.added[0]).toMatchObject({ kind: 'TRUSTS', level: 1, source: 'p2', target: 'p3' });
  });

  it.each([
    [
      'a relationship id of another kind',
      'id,from,to,kind,trust level\nr1,p1,p3,trust,4',
      'relationships.csv line 2: relationship "r1" is a reliance relationship in the network; its kind cannot change (leave the id blank to add a new one)',
    ],
    [
      'a relationship id moved to other parties',
      'id,from,to,kind,service\nr1,p2,p3,reliance,beds',
      'relationships.csv line 2: relationship "r1" joins other parties in the network; a relationship cannot be moved (leave the id blank to add a new one)',
    ],
    ['a party missing from file and network', 'from,to,kind,trust level\np1,Nobody,trust,3', 'relationships.csv line 2: "to" party "Nobody" is not in parties.csv or the network; check the spelling'],
  ])('refuses %s', async (_label, text, message) => {
    const result = await merge([{ name: 'relationships.csv', text }]);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([message]);
  });

  it('refuses to guess between two parties of the same name', async () => {
    const graph = existing();
    graph.parties.push({ ...graph.parties[2]!, id: 'p5' });
    const result = await merge([{ name: 'parties.csv', text: 'name,notes\nArea Agency on Aging & Disability,hello' }], graph);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'parties.csv line 2: the network has 2 parties named "Area Agency on Aging & Disability", so Careweave cannot tell which one to update; add an id column (export the network to see the ids)',
    ]);
  });

  it('refuses two rows that update the same party', async () => {
    const result = await merge([{ name: 'parties.csv', text: 'id,name\np1,A\n,Zoë’s Clinic, Inc.'.replace(',Zoë’s Clinic, Inc.', ',"Zoë’s Clinic, Inc."') }]);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual(['parties.csv line 3: this is the same party as line 2 ("Zoë’s Clinic, Inc."); list each party once']);
  });
});
