// Saved withdrawal scenarios against the real Neo4j: save, list, rename, delete, the checks that
// refuse bad input without writing anything, what reopening learns about deleted parties, and
// that deleting a network takes its scenarios with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_WITHDRAWN } from '../../shared/domain';
import type { ApiErrorCode } from '../../shared/api';
import { createTestBackend, expectRefused } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
let networkId: string;
const params = { affectedThreshold: 0.05, disruptedThreshold: 0.5 };

async function scenarioNodes(id = networkId): Promise<Array<Record<string, unknown>>> {
  const { driver } = t.backend.database.store();
  const { records } = await driver.executeQuery('MATCH (s:Scenario {networkId: $id}) RETURN s {.*} AS s ORDER BY s.name', { id });
  return records.map((record) => record.get('s') as Record<string, unknown>);
}

const refused = (method: string, request: unknown, code: ApiErrorCode, message: RegExp) => expectRefused(t, method, request, code, message);

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => {
  await t?.dispose();
});

describe('scenarios', () => {
  it('saves a scenario as a readable (:Scenario) node and lists it', async () => {
    const saved = await t.api.saveScenario({
      networkId,
      name: '  Management company leaves  ',
      withdrawn: ['p-mgmt-company', 'p-telepsych', 'p-mgmt-company'],
      params: { affectedThreshold: 0.1, disruptedThreshold: 0.6 },
    });
    expect(saved).toMatchObject({
      networkId,
      name: 'Management company leaves',
      withdrawn: ['p-mgmt-company', 'p-telepsych'],
      params: { affectedThreshold: 0.1, disruptedThreshold: 0.6 },
      version: 0,
      missingPartyIds: [],
      missingPartyNames: [],
    });
    const [node] = await scenarioNodes();
    expect(node).toMatchObject({
      id: saved.id,
      networkId,
      name: 'Management company leaves',
      withdrawn: ['p-mgmt-company', 'p-telepsych'],
      params: '{"affectedThreshold":0.1,"disruptedThreshold":0.6}',
      // The names beside the ids, readable in Neo4j Browser and kept for after a party is deleted.
      withdrawnNames: ['Evergrove Behavioral Management', 'Lanternway Telepsychiatry'],
      createdAt: saved.createdAt,
    });
    expect(await t.api.listScenarios({ networkId })).toEqual([saved]);
  });

  it('renames and deletes at the version the person saw, and refuses a stale version', async () => {
    const saved = await t.api.saveScenario({ networkId, name: 'Transit stops', withdrawn: ['p-transit'], params });
    const renamed = await t.api.renameScenario({ networkId, id: saved.id, version: 0, name: 'County transit stops' });
    expect(renamed).toMatchObject({ name: 'County transit stops', version: 1, withdrawn: ['p-transit'] });
    await refused('renameScenario', { networkId, id: saved.id, version: 0, name: 'Again' }, 'conflict', /changed elsewhere/);
    await refused('deleteScenario', { networkId, id: saved.id, version: 0 }, 'conflict', /changed elsewhere/);
    expect(await t.api.deleteScenario({ networkId, id: saved.id, version: 1 })).toEqual({ deleted: true });
    expect((await t.api.listScenarios({ networkId })).map((scenario) => scenario.name)).not.toContain('County transit stops');
    await refused('deleteScenario', { networkId, id: saved.id, version: 1 }, 'not_found', /no longer exists/);
  });

  it('refuses a second scenario with the same name (any case)', async () => {
    await refused('saveScenario', { networkId, name: 'MANAGEMENT COMPANY LEAVES', withdrawn: ['p-ems'], params }, 'conflict', /already has a scenario called "Management company leaves"/);
  });

  const badRequests: Array<{ name: string; request: () => unknown; code: ApiErrorCode; message: RegExp }> = [
    { name: 'an empty name', request: () => ({ networkId, name: '   ', withdrawn: ['p-ems'], params }), code: 'invalid_request', message: /name: A name is required/ },
    { name: 'no withdrawn party', request: () => ({ networkId, name: 'Nobody', withdrawn: [], params }), code: 'invalid_request', message: /at least one party/ },
    {
      name: 'unknown party ids',
      request: () => ({ networkId, name: 'Ghosts', withdrawn: ['p-ems', 'p-ghost', 'p-phantom'], params }),
      code: 'invalid_request',
      message: /these parties are not in the network: "p-ghost", "p-phantom"/,
    },
    {
      name: 'too many ids',
      request: () => ({ networkId, name: 'Everyone', withdrawn: Array.from({ length: MAX_SCENARIO_WITHDRAWN + 1 }, (_, i) => `p-${i}`), params }),
      code: 'invalid_request',
      message: new RegExp(`at most ${MAX_SCENARIO_WITHDRAWN} parties`),
    },
    { name: 'an id with Cypher in it', request: () => ({ networkId, name: 'Injection', withdrawn: ["x' OR 1=1 //"], params }), code: 'invalid_request', message: /id may contain only/ },
    {
      name: 'thresholds in the wrong order',
      request: () => ({ networkId, name: 'Upside down', withdrawn: ['p-ems'], params: { affectedThreshold: 0.6, disruptedThreshold: 0.5 } }),
      code: 'invalid_request',
      message: /affected threshold cannot be above the disrupted threshold/,
    },
    {
      name: 'a threshold of 0',
      request: () => ({ networkId, name: 'Zero', withdrawn: ['p-ems'], params: { affectedThreshold: 0, disruptedThreshold: 0.5 } }),
      code: 'invalid_request',
      message: /affected threshold must be above 0/,
    },
    { name: 'an unknown network', request: () => ({ networkId: 'no-such-network', name: 'Lost', withdrawn: ['p-ems'], params }), code: 'not_found', message: /network no longer exists/ },
  ];

  it.each(badRequests)('refuses $name with a clear message and writes nothing', async ({ request, code, message }) => {
    const before = await scenarioNodes();
    await refused('saveScenario', request(), code, message);
    expect(await scenarioNodes()).toEqual(before);
    expect(await scenarioNodes('no-such-network')).toEqual([]);
  });

  it('refuses an empty new name', async () => {
    const [first] = await t.api.listScenarios({ networkId });
    await refused('renameScenario', { networkId, id: first!.id, version: first!.version, name: '' }, 'invalid_request', /A name is required/);
    expect((await t.api.listScenarios({ networkId }))[0]).toEqual(first);
  });

  it('says which withdrawn parties no longer exist after they are deleted', async () => {
    const party = await t.api.createParty({ networkId, fields: { name: 'Short-lived clinic', side: 'internal', type: 'healthcare provider' } });
    const saved = await t.api.saveScenario({ networkId, name: 'Clinic and EMS leave', withdrawn: [party.id, 'p-ems'], params });
    await t.api.deleteElements({ networkId, parties: [{ id: party.id, version: party.version }] });
    const reopened = (await t.api.listScenarios({ networkId })).find((scenario) => scenario.id === saved.id)!;
    expect(reopened.withdrawn).toEqual([party.id, 'p-ems']);
    expect(reopened.missingPartyIds).toEqual([party.id]);
    // Named as it was, not by its id.
    expect(reopened.missingPartyNames).toEqual(['Short-lived clinic']);
  });

  it('reads a damaged params text back with the default thresholds instead of failing the list', async () => {
    const saved = await t.api.saveScenario({ networkId, name: 'Hand edited', withdrawn: ['p-ems'], params: { affectedThreshold: 0.2, disruptedThreshold: 0.7 } });
    const { driver } = t.backend.database.store();
    await driver.executeQuery(`MATCH (s:Scenario {networkId: $networkId, id: $id}) SET s.params = 'not json'`, { networkId, id: saved.id });
    const listed = (await t.api.listScenarios({ networkId })).find((scenario) => scenario.id === saved.id)!;
    expect(listed.params).toEqual({ affectedThreshold: 0.05, disruptedThreshold: 0.5 });
  });

  it('lists only the scenarios of the network asked for, and not_found for a network that does not exist', async () => {
    const other = await t.api.createNetwork({ name: 'Other network' });
    expect(await t.api.listScenarios({ networkId: other.id })).toEqual([]);
    await refused('listScenarios', { networkId: 'no-such-network' }, 'not_found', /network no longer exists/);
  });

  it('deletes a network together with its scenarios', async () => {
    const doomed = (await t.api.loadSampleNetwork()).id;
    await t.api.saveScenario({ networkId: doomed, name: 'Doomed', withdrawn: ['p-ems'], params });
    expect(await scenarioNodes(doomed)).toHaveLength(1);
    await t.api.deleteNetwork({ id: doomed });
    expect(await scenarioNodes(doomed)).toEqual([]);
    expect((await t.api.listScenarios({ networkId })).length).toBeGreaterThan(0);
  });
});
