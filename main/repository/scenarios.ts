// Saved withdrawal simulations, stored as `(:Scenario {id, networkId, name, withdrawn,
// withdrawnNames, withdrawnRelationships, endsBefore, params, version, createdAt, updatedAt})`
// beside the network's parties (DESIGN.md §3; the ended agreements and the date came with issue
// 12, the kept names with issue 14). Deleting the
// network deletes them with everything else that carries its id (see networks.ts).
//
// `params` is one JSON text, e.g. '{"affectedThreshold":0.05,"disruptedThreshold":0.5}', rather
// than one property per threshold: Neo4j properties cannot hold maps, DESIGN.md names a single
// `params` property, the text reads plainly in Neo4j Browser, and thresholds added later need
// no migration. It is checked with the API's schema whenever it is read back.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { scenarioParamsSchema } from '../../shared/domain';
import type { Scenario, ScenarioParams, ScenarioQuestion } from '../../shared/domain';
import { DEFAULT_SIMULATION_OPTIONS } from '../../shared/analysis/simulationOptions';
import { toInt } from './records';
import type { Props } from './records';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';
import { lockAtVersions } from './versioning';

export interface NewScenario extends ScenarioQuestion {
  id: string;
  networkId: string;
  name: string;
  params: ScenarioParams;
}

// An agreement is a reliance or a resource flow; one indexed pattern per type (relationshipLookup.ts).
const AGREEMENT_EXISTS = (id: string, networkId: string) =>
  `(EXISTS { MATCH ()-[:RELIES_ON {networkId: ${networkId}, id: ${id}}]->() } OR EXISTS { MATCH ()-[:RESOURCE_FLOW {networkId: ${networkId}, id: ${id}}]->() })`;

// Every read returns the withdrawn ids that no longer name a party of the network with the names
// the scenario kept for them (withdrawnNames runs beside withdrawn; '' where none was kept), and
// the ended agreements that no longer exist.
const SCENARIO_FIELDS = `s {.*} AS scenario,
  [i IN range(0, size(s.withdrawn) - 1) WHERE NOT EXISTS { MATCH (:Party {networkId: s.networkId, id: s.withdrawn[i]}) }
    | [s.withdrawn[i], coalesce(s.withdrawnNames[i], '')]] AS missing,
  [relationshipId IN coalesce(s.withdrawnRelationships, []) WHERE NOT ${AGREEMENT_EXISTS('relationshipId', 's.networkId')}] AS missingRelationships`;

/** The names of the withdrawn parties as they are now, to keep beside their ids. */
export const WITHDRAWN_NAMES = (scenario: string, networkId: string) =>
  `[partyId IN ${scenario}.withdrawn | coalesce(COLLECT { MATCH (p:Party {networkId: ${networkId}, id: partyId}) RETURN p.name LIMIT 1 }[0], '')]`;

function networkNotFound(): ApiError {
  return new ApiError('not_found', 'That network no longer exists. It may have been deleted; pick another from the list.');
}

const DEFAULT_PARAMS: ScenarioParams = {
  affectedThreshold: DEFAULT_SIMULATION_OPTIONS.affectedThreshold,
  disruptedThreshold: DEFAULT_SIMULATION_OPTIONS.disruptedThreshold,
};

// A hand-edited or damaged params text must not make the whole list unreadable: the scenario
// still opens, with the default thresholds the person can then adjust.
function paramsFromText(text: unknown): ScenarioParams {
  try {
    const parsed = scenarioParamsSchema.safeParse(JSON.parse(String(text)));
    return parsed.success ? parsed.data : DEFAULT_PARAMS;
  } catch {
    return DEFAULT_PARAMS;
  }
}

function pairs(missing: unknown): [string, string][] {
  return Array.isArray(missing) ? missing.map((pair) => (Array.isArray(pair) ? [String(pair[0]), String(pair[1] ?? '')] : [String(pair), ''])) : [];
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function scenarioFromRecord(record: { get(key: string): unknown }): Scenario {
  const props = record.get('scenario') as Props;
  const missing = pairs(record.get('missing'));
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: text(props.id),
    networkId: text(props.networkId),
    name: text(props.name),
    withdrawn: ids(props.withdrawn),
    // Scenarios saved before issue 12 have neither (migration 003 adds the empty list).
    withdrawnRelationships: ids(props.withdrawnRelationships),
    endsBefore: typeof props.endsBefore === 'string' && props.endsBefore !== '' ? props.endsBefore : null,
    params: paramsFromText(props.params),
    version: Number(props.version ?? 0),
    createdAt: text(props.createdAt),
    updatedAt: text(props.updatedAt) || text(props.createdAt),
    missingPartyIds: missing.map(([id]) => id),
    missingPartyNames: missing.map(([, name]) => name),
    missingRelationshipIds: ids(record.get('missingRelationships')),
  };
}

async function requireNetwork(tx: ManagedTransaction, networkId: string): Promise<void> {
  const result = await tx.run('MATCH (n:Network {id: $networkId}) RETURN n.id', { networkId });
  if (result.records.length === 0) throw networkNotFound();
}

async function refuseDuplicateName(tx: ManagedTransaction, networkId: string, name: string, exceptId: string | null): Promise<void> {
  const result = await tx.run(
    `MATCH (s:Scenario {networkId: $networkId})
     WHERE toLower(s.name) = toLower($name) AND ($exceptId IS NULL OR s.id <> $exceptId)
     RETURN s.name AS name LIMIT 1`,
    { networkId, name, exceptId },
  );
  const existing = result.records[0]?.get('name') as string | undefined;
  if (existing !== undefined) {
    throw new ApiError('conflict', `This network already has a scenario called "${existing}". Choose another name so the two can be told apart.`);
  }
}

async function refuseUnknownAgreements(tx: ManagedTransaction, networkId: string, relationshipIds: readonly string[]): Promise<void> {
  if (relationshipIds.length === 0) return;
  const result = await tx.run(
    `UNWIND $ids AS relationshipId
     WITH relationshipId WHERE NOT ${AGREEMENT_EXISTS('relationshipId', '$networkId')}
     RETURN collect(relationshipId) AS unknown`,
    { networkId, ids: relationshipIds },
  );
  const unknown = (result.records[0]?.get('unknown') as string[] | undefined) ?? [];
  if (unknown.length === 0) return;
  throw new ApiError(
    'invalid_request',
    `The scenario was not saved: ${unknown.length === 1 ? 'this agreement is' : 'these agreements are'} not a reliance or resource flow of the network: ${unknown.slice(0, 5).map((id) => `"${id}"`).join(', ')}. Reload the map and simulate again.`,
    [{ path: 'withdrawnRelationships', message: `Unknown agreements: ${unknown.join(', ')}` }],
  );
}

export async function listScenarios(store: Store, networkId: string): Promise<Scenario[]> {
  return readTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    const result = await tx.run(
      `MATCH (s:Scenario {networkId: $networkId})
       RETURN ${SCENARIO_FIELDS}
       ORDER BY toLower(s.name), s.createdAt`,
      { networkId },
    );
    return result.records.map((record) => scenarioFromRecord(record));
  });
}

export async function createScenario(store: Store, scenario: NewScenario, now: string): Promise<Scenario> {
  return writeTx(store, async (tx) => {
    await requireNetwork(tx, scenario.networkId);
    // Checked before anything is written, so a refused scenario leaves no trace.
    const unknown = await tx.run(
      `UNWIND $withdrawn AS partyId
       OPTIONAL MATCH (p:Party {networkId: $networkId, id: partyId}) USING INDEX p:Party(networkId, id)
       WITH partyId, p WHERE p IS NULL
       RETURN collect(partyId) AS unknown`,
      { networkId: scenario.networkId, withdrawn: scenario.withdrawn },
    );
    const missing = (unknown.records[0]?.get('unknown') as string[] | undefined) ?? [];
    if (missing.length > 0) {
      const list = missing.slice(0, 5).map((id) => `"${id}"`).join(', ');
      const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
      throw new ApiError(
        'invalid_request',
        `The scenario was not saved: ${missing.length === 1 ? 'this party is' : 'these parties are'} not in the network: ${list}${more}. Reload the map and simulate again.`,
        [{ path: 'withdrawn', message: `Unknown party ids: ${missing.join(', ')}` }],
      );
    }
    await refuseUnknownAgreements(tx, scenario.networkId, scenario.withdrawnRelationships);
    await refuseDuplicateName(tx, scenario.networkId, scenario.name, null);
    const result = await tx.run(
      `CREATE (s:Scenario {id: $id, networkId: $networkId, name: $name, withdrawn: $withdrawn,
                           withdrawnRelationships: $withdrawnRelationships, endsBefore: $endsBefore, params: $params,
                           version: $version, createdAt: $now, updatedAt: $now})
       SET s.withdrawnNames = ${WITHDRAWN_NAMES('s', '$networkId')}
       RETURN ${SCENARIO_FIELDS}`,
      { ...scenario, params: JSON.stringify(scenario.params), version: toInt(0), now },
    );
    const record = result.records[0]!;
    return scenarioFromRecord(record);
  });
}

export async function renameScenario(store: Store, networkId: string, id: string, version: number, name: string, now: string): Promise<Scenario> {
  return writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'scenario', networkId, [{ id, version }]);
    await refuseDuplicateName(tx, networkId, name, id);
    const result = await tx.run(
      `MATCH (s:Scenario {networkId: $networkId, id: $id})
       SET s.name = $name, s.version = s.version + 1, s.updatedAt = $now
       RETURN ${SCENARIO_FIELDS}`,
      { networkId, id, name, now },
    );
    const record = result.records[0]!;
    return scenarioFromRecord(record);
  });
}

export async function deleteScenario(store: Store, networkId: string, id: string, version: number): Promise<void> {
  await writeTx(store, async (tx) => {
    await lockAtVersions(tx, 'scenario', networkId, [{ id, version }]);
    await tx.run('MATCH (s:Scenario {networkId: $networkId, id: $id}) DELETE s', { networkId, id });
  });
}
