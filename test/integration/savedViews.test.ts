// Saved views on a real Neo4j (issue 15): stored with the network as readable (:SavedView) nodes,
// listed, updated at the version the person saw, refused under a name already taken, deleted with
// the network, and carried by the JSON export into an import (ids kept, a taken name marked).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewStateInput } from '../../shared/domain';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { downloaded, importFiles, rejection, unique } from './exchangeHelpers';

let t: TestBackend;
let networkId: string;

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => t?.dispose());

const BOARD: ViewStateInput = {
  filters: { hiddenKinds: ['TRUSTS'], hiddenSides: ['external'] },
  focus: { partyIds: ['p-transit'], hops: 2 },
  positions: [{ id: 'p-transit', x: 10, y: 20 }],
  collapsed: [],
  decoration: { scenarioId: null, harm: true },
  camera: { zoom: 0.8, pan: { x: 100, y: -40 } },
};



describe('saved views', () => {
  it('are stored with the network, listed, updated at the version seen, and never share a name', async () => {
    const saved = await t.api.saveView({ networkId, name: 'For the board', state: BOARD });
    expect(saved).toMatchObject({ name: 'For the board', version: 0, state: { focus: { hops: 2 }, decoration: { harm: true }, filters: { trustRange: [1, 5], tags: [] } } });
    const { records } = await t.backend.database.store().driver.executeQuery('MATCH (v:SavedView {networkId: $networkId}) RETURN v.name AS name, v.state AS state', { networkId });
    expect(records.map((record) => record.get('name'))).toEqual(['For the board']);
    expect(JSON.parse(String(records[0]?.get('state')))).toMatchObject({ camera: { zoom: 0.8 } });

    expect((await rejection(t.api.saveView({ networkId, name: 'for the BOARD', state: {} }))).message).toMatch(/already has a view called "For the board"/);
    const renamed = await t.api.updateView({ networkId, id: saved.id, version: saved.version, name: 'Board, March' });
    expect(renamed).toMatchObject({ name: 'Board, March', version: 1, state: { camera: { zoom: 0.8 } } });
    const stale = await rejection(t.api.updateView({ networkId, id: saved.id, version: 0, state: {} }));
    expect(stale.code).toBe('conflict');
    expect((await t.api.listViews({ networkId })).map((view) => view.name)).toEqual(['Board, March']);
    await t.api.deleteView({ networkId, id: saved.id, version: renamed.version });
    expect(await t.api.listViews({ networkId })).toEqual([]);
  });

  it('travel in the JSON export and come back with an import', async () => {
    const view = await t.api.saveView({ networkId, name: 'Transit focus', state: BOARD });
    const files = downloaded(await t.api.exportNetworkData({ networkId, format: 'json', delivery: 'download' }));
    expect(JSON.parse(files[0]!.text)).toMatchObject({ views: [{ id: view.id, name: 'Transit focus', state: { focus: { partyIds: ['p-transit'] } } }] });

    const copy = await importFiles(t.api, files, { networkName: unique('With views') });
    expect(await t.api.listViews({ networkId: copy.networkId })).toEqual([expect.objectContaining({ id: view.id, name: 'Transit focus', state: view.state })]);
    // Merging the same file into a network that has the view keeps it as it is.
    await importFiles(t.api, files, { targetNetworkId: copy.networkId });
    expect(await t.api.listViews({ networkId: copy.networkId })).toHaveLength(1);
    // Deleting the network deletes its views.
    await t.api.deleteNetwork({ id: copy.networkId });
    const { records } = await t.backend.database.store().driver.executeQuery('MATCH (v:SavedView {networkId: $id}) RETURN count(v) AS n', { id: copy.networkId });
    expect(Number(records[0]?.get('n'))).toBe(0);
  });
});
