// Presentations on a real Neo4j (issue 15): stored with the network as readable (:Presentation)
// nodes holding their slides, refused with the slide named when a slide points at a view or
// scenario the network does not have (nothing written), carried by the JSON export into an import,
// and an import whose slide points nowhere refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlideInput } from '../../shared/domain';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { checkImport, downloaded, importFiles, rejection, unique } from './exchangeHelpers';

let t: TestBackend;
let networkId: string;

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => t?.dispose());



async function threeSlides(): Promise<SlideInput[]> {
  const view = await t.api.saveView({ networkId, name: unique('Whole map'), state: {} });
  const scenario = await t.api.saveScenario({ networkId, name: unique('Transit stops'), withdrawn: ['p-transit'], params: { affectedThreshold: 0.05, disruptedThreshold: 0.5 } });
  return [
    { kind: 'text', id: 's-1', title: 'Our care network', text: 'Who holds it together.' },
    { kind: 'view', id: 's-2', title: 'The whole map', viewId: view.id },
    { kind: 'scenario', id: 's-3', title: 'If transit stops', scenarioId: scenario.id, viewId: view.id },
  ];
}

describe('presentations', () => {
  it('are stored with the network, their slides readable in Neo4j, and refuse a slide pointing nowhere', async () => {
    const slides = await threeSlides();
    const saved = await t.api.savePresentation({ networkId, name: 'Board, March', slides });
    expect(saved.slides.map((slide) => slide.kind)).toEqual(['text', 'view', 'scenario']);
    const { records } = await t.backend.database.store().driver.executeQuery('MATCH (p:Presentation {networkId: $networkId}) RETURN p.slides AS slides', { networkId });
    expect(JSON.parse(String(records[0]?.get('slides')))).toMatchObject([{ title: 'Our care network' }, { kind: 'view' }, { kind: 'scenario' }]);

    const broken = [...saved.slides, { kind: 'view' as const, id: 's-4', title: 'Gone', text: '', viewId: 'no-such-view' }];
    const refused = await rejection(t.api.updatePresentation({ networkId, id: saved.id, version: saved.version, slides: broken }));
    expect(refused.message).toMatch(/Slide 4 \(“Gone”\) shows a saved view that is not in this network/);
    const long = await rejection(t.api.updatePresentation({ networkId, id: saved.id, version: saved.version, slides: [{ kind: 'text', id: 'x', title: 'x'.repeat(201), text: '' }] }));
    expect(long.code).toBe('invalid_request');
    expect(long.message + JSON.stringify(long.issues ?? [])).toMatch(/at most 200 characters/);
    // Nothing was lost: the stored presentation is as it was.
    expect(await t.api.listPresentations({ networkId })).toEqual([saved]);

    const reordered = await t.api.updatePresentation({ networkId, id: saved.id, version: saved.version, slides: [saved.slides[2]!, saved.slides[0]!] });
    expect(reordered).toMatchObject({ version: 1, slides: [{ id: 's-3' }, { id: 's-1' }] });
    await t.api.deletePresentation({ networkId, id: saved.id, version: reordered.version });
    expect(await t.api.listPresentations({ networkId })).toEqual([]);
  });

  it('travel in the JSON export with the views they show, and a file whose slide points nowhere is refused', async () => {
    const presentation = await t.api.savePresentation({ networkId, name: unique('For partners'), slides: await threeSlides() });
    const files = downloaded(await t.api.exportNetworkData({ networkId, format: 'json', delivery: 'download' }));
    expect(JSON.parse(files[0]!.text)).toMatchObject({ presentations: [{ id: presentation.id, slides: [{ id: 's-1' }, { id: 's-2' }, { id: 's-3' }] }] });

    const copy = await importFiles(t.api, files, { networkName: unique('With a presentation') });
    expect(await t.api.listPresentations({ networkId: copy.networkId })).toEqual([expect.objectContaining({ id: presentation.id, name: presentation.name, slides: presentation.slides })]);
    await t.api.deleteNetwork({ id: copy.networkId });
    const { records } = await t.backend.database.store().driver.executeQuery('MATCH (p:Presentation {networkId: $id}) RETURN count(p) AS n', { id: copy.networkId });
    expect(Number(records[0]?.get('n'))).toBe(0);

    const document = JSON.parse(files[0]!.text) as { views: unknown[]; network: { name: string } };
    const withoutViews = { ...document, views: [], network: { ...document.network, name: unique('Broken') } };
    const job = await checkImport(t.api, [{ name: 'broken.json', text: JSON.stringify(withoutViews) }]);
    expect(job.phase).toBe('invalid');
    expect(job.problems.map((problem) => `${problem.element}: ${problem.message}`).join('\n')).toMatch(/presentation .*Slide 2 \(“The whole map”\) shows a saved view that is not in the file or the network/);
  });
});
