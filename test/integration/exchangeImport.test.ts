// Export and import through the real router, services and repository on a real Neo4j: every
// format round-trips (JSON exactly), a merge shows its preview and then changes exactly that,
// bad files are refused with every problem and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../shared/domain';
import { DATA_FORMAT_IDS } from '../../shared/formats';
import type { DeliveryResult } from '../../shared/api';
import type { ImportFile } from '../../shared/formats';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { checkImport, commitImport, importFiles, unique } from './exchangeHelpers';

let t: TestBackend;
let sample: NetworkGraph;

beforeAll(async () => {
  t = await createTestBackend();
  const network = await t.api.loadSampleNetwork();
  sample = await t.api.getNetwork({ id: network.id });
});
afterAll(async () => t?.dispose());

function downloaded(result: DeliveryResult): ImportFile[] {
  if (result.delivered !== 'download') throw new Error(`expected a download, got ${result.delivered}`);
  return result.files.map((file) => ({ name: file.name, text: file.content }));
}

function content(graph: NetworkGraph) {
  const strip = <T extends { networkId: string; version: number; createdAt: string; updatedAt: string }>({ networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { parties: byId(graph.parties.map(strip)), relationships: byId(graph.relationships.map(strip)) };
}

describe('round trips through the database', () => {
  it.each([...DATA_FORMAT_IDS])('%s: export, import as a new network, and get the same network back, ids included', async (format) => {
    const files = downloaded(await t.api.exportNetworkData({ networkId: sample.network.id, format, delivery: 'download' }));
    const name = unique(`Round trip ${format}`);
    const result = await importFiles(t.api, files, { networkName: name });
    const copy = await t.api.getNetwork({ id: result.networkId });
    expect(copy.network.name).toBe(name);
    expect(content(copy)).toEqual(content(sample));
    if (format !== 'csv') expect(copy.network.description).toBe(sample.network.description);
  });

  it('JSON exported twice from the imported copy is the same file', async () => {
    const [original] = downloaded(await t.api.exportNetworkData({ networkId: sample.network.id, format: 'json', delivery: 'download' }));
    const result = await importFiles(t.api, [original!], { networkName: sample.network.name });
    const [again] = downloaded(await t.api.exportNetworkData({ networkId: result.networkId, format: 'json', delivery: 'download' }));
    const withoutStamp = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '').replace(/"id": "[0-9a-f-]{36}",\n {4}"name"/, '"name"');
    expect(withoutStamp(again!.text)).toBe(withoutStamp(original!.text));
  });

  it('JSON carries the saved withdrawal scenarios, ids and thresholds included', async () => {
    const source = await importFiles(t.api, downloaded(await t.api.exportNetworkData({ networkId: sample.network.id, format: 'json', delivery: 'download' })), {
      networkName: unique('With scenarios'),
    });
    const [first, second] = sample.parties;
    const saved = await t.api.saveScenario({
      networkId: source.networkId,
      name: 'Two partners leave',
      withdrawn: [first!.id, second!.id],
      params: { affectedThreshold: 0.1, disruptedThreshold: 0.6 },
    });
    const files = downloaded(await t.api.exportNetworkData({ networkId: source.networkId, format: 'json', delivery: 'download' }));
    const copy = await importFiles(t.api, files, { networkName: unique('Scenario copy') });
    const scenarios = await t.api.listScenarios({ networkId: copy.networkId });
    expect(scenarios.map(({ id, name, withdrawn, params, createdAt }) => ({ id, name, withdrawn, params, createdAt }))).toEqual([
      { id: saved.id, name: 'Two partners leave', withdrawn: [first!.id, second!.id], params: { affectedThreshold: 0.1, disruptedThreshold: 0.6 }, createdAt: saved.createdAt },
    ]);
  });

  it('offers the spreadsheet template as three files', async () => {
    const files = downloaded(await t.api.getImportTemplate({ delivery: 'download' }));
    expect(files.map((file) => file.name)).toEqual(['parties.csv', 'relationships.csv', 'allowed-values.csv']);
  });
});

describe('merging into an existing network', () => {
  it('previews what will be added, changed and left alone, then writes exactly that', async () => {
    const copy = await importFiles(t.api, downloaded(await t.api.exportNetworkData({ networkId: sample.network.id, format: 'json', delivery: 'download' })), {
      networkName: unique('Merge target'),
    });
    const before = await t.api.getNetwork({ id: copy.networkId });
    const transit = before.parties.find((party) => /transit/i.test(party.name))!;
    const files: ImportFile[] = [
      { name: 'parties.csv', text: `id,name,notes\n${transit.id},${transit.name},Now runs on Sundays too\n,Harlan Food Bank,new partner` .replace(',Harlan Food Bank,new partner', ',Harlan Food Bank,new partner') },
    ];
    const invalid = await checkImport(t.api, files, { targetNetworkId: copy.networkId });
    // A new party needs a side and a type; the file has neither column, and says so.
    expect(invalid.phase).toBe('invalid');
    expect(invalid.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual(['3: side is missing; write internal or external']);

    const job = await checkImport(
      t.api,
      [
        { name: 'parties.csv', text: `id,name,notes,side,type\n${transit.id},${transit.name},Now runs on Sundays too,,\n,Harlan Food Bank,new partner,internal,community agency` },
        { name: 'relationships.csv', text: `from,to,kind,resource,amount,unit,period\nHarlan Food Bank,${transit.name},resource flow,supplies,12,pallets,month` },
      ],
      { targetNetworkId: copy.networkId },
    );
    expect(job.phase).toBe('ready');
    expect(job.preview).toMatchObject({
      newNetwork: false,
      parties: { added: 1, changed: 1, unchanged: 0 },
      relationships: { added: 1, changed: 0, unchanged: 0 },
      samples: { addedParties: ['Harlan Food Bank'], changedParties: [{ label: transit.name, fields: ['notes'] }] },
    });
    const done = await commitImport(t.api, job);
    expect(done.phase).toBe('done');
    const after = await t.api.getNetwork({ id: copy.networkId });
    expect(after.parties).toHaveLength(before.parties.length + 1);
    expect(after.relationships).toHaveLength(before.relationships.length + 1);
    const updated = after.parties.find((party) => party.id === transit.id)!;
    expect(updated).toMatchObject({ notes: 'Now runs on Sundays too', version: transit.version + 1, tags: transit.tags, interests: transit.interests });
  });

  it('refuses to write a preview that went stale because someone edited the network meanwhile', async () => {
    const copy = await importFiles(t.api, [{ name: 'p.csv', text: 'id,name,side,type\na,A,internal,payer\nb,B,internal,payer' }], { networkName: unique('Stale') });
    const job = await checkImport(t.api, [{ name: 'p.csv', text: 'id,name,notes\na,A,from the file' }], { targetNetworkId: copy.networkId });
    const [a] = (await t.api.getNetwork({ id: copy.networkId })).parties;
    await t.api.updateParties({ networkId: copy.networkId, parties: [{ id: a!.id, version: a!.version, fields: { ...a!, notes: 'edited by hand' } }] });
    const done = await commitImport(t.api, job);
    expect(done.phase).toBe('failed');
    expect(done.message).toMatch(/changed in the network while you were looking at the preview, so nothing was imported/);
    expect((await t.api.getNetwork({ id: copy.networkId })).parties.find((party) => party.id === 'a')?.notes).toBe('edited by hand');
  });
});

describe('bad files', () => {
  it('reports every problem with file, line and field, and writes nothing', async () => {
    const networksBefore = (await t.api.listNetworks()).map((network) => network.id);
    const job = await checkImport(t.api, [
      { name: 'parties.csv', text: 'id,name,side,type\nu,Unit,internal,hospital unit/department\nu,Clinic,internal,healthcare provider\nf,Families,outside,family/caregiver\nh,Home Health,internal,healthcare provider' },
      { name: 'relationships.csv', text: 'from,to,kind,trust level,criticality,service\nUnit,Families,trust,7,,\nUnit,Cty Transit,reliance,,9,transport\nUnit,Home Health,reliance,,2,' },
    ]);
    expect(job.phase).toBe('invalid');
    expect(job.problemCount).toBe(6);
    expect(job.problems.map((problem) => `${problem.file} line ${problem.line} [${problem.field}]: ${problem.message}`)).toEqual([
      'parties.csv line 3 [id]: id "u" is used by two parties in this file; each party needs its own id',
      'parties.csv line 4 [side]: side "outside" is not one of: internal, external',
      'relationships.csv line 2 [trust level]: trust level 7 is outside 1–5',
      'relationships.csv line 3 [criticality]: criticality 9 is outside 1–5',
      'relationships.csv line 3 [to]: "to" party "Cty Transit" is not in parties.csv; check the spelling',
      'relationships.csv line 4 [service]: service is missing',
    ]);
    await expect(t.api.commitImport({ jobId: job.jobId })).rejects.toThrow(/cannot be saved now/);
    expect((await t.api.listNetworks()).map((network) => network.id).filter((id) => !networksBefore.includes(id))).toEqual([]);
  });

  it('refuses unknown kinds of file and oversized files before reading them', async () => {
    await expect(t.api.beginImport({ targetNetworkId: null, files: [{ name: 'partners.xlsx', size: 10 }] })).rejects.toThrow(
      /Choose a Careweave file \(\.json\), spreadsheet tables saved as CSV \(\.csv\) or a GraphML file \(\.graphml\).*File › Save As › CSV/,
    );
    await expect(t.api.beginImport({ targetNetworkId: null, files: [{ name: 'huge.graphml', size: 400 * 1024 * 1024 }] })).rejects.toThrow(
      '"huge.graphml" is 400 MB; Careweave imports GraphML (Gephi, yEd, Cytoscape) files of up to 40 MB. Split the file and import the parts one after the other.',
    );
    const job = await t.api.beginImport({ targetNetworkId: null, files: [{ name: 'a.csv', size: 5 }] });
    await expect(t.api.appendImportChunk({ jobId: job.jobId, fileIndex: 0, text: 'name,side' })).rejects.toThrow(/More of "a.csv" arrived than its size/);
    await t.api.cancelImport({ jobId: job.jobId });
  });

  it('says that saving through a dialog needs the desktop app', async () => {
    await expect(t.api.exportNetworkData({ networkId: sample.network.id, format: 'json', delivery: 'save-dialog' })).rejects.toThrow(/only possible in the desktop app/);
    await expect(t.api.openImportFiles({ targetNetworkId: null })).rejects.toThrow(/only possible in the desktop app/);
  });
});
