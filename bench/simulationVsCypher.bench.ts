// Issue 4, "Speed": who a withdrawal can reach, computed by our code (reachableFrom on the
// compiled network) and by the equivalent variable-length Cypher query, on the same generated
// 10,000-party / 50,000-relationship network stored in a real local Neo4j. The two sets must be
// identical — the run fails (exit code 1) if any differs — and the speed ratio counts our load
// time (reading the network from Neo4j and compiling it) amortised over 100 simulations.
// Prints one JSON object. Run: npx tsx bench/simulationVsCypher.bench.ts (or npm run bench).
//
// The d > 0 rule (shared/analysis/reachableFrom.ts) that both sides follow, from provider to
// dependent: a RELIES_ON a→b always lets b's withdrawal reach a; a RESOURCE_FLOW p→r lets p's
// reach r unless its amount is 0 and every flow of that kind into r has a known amount (then its
// share is 0). A pair with a zero flow and another qualifying link is reached through the other.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { compileNetwork, generateNetwork, reachableFrom } from '../shared/analysis';
import type { CompiledNetwork, ImpactNetwork, ImpactRelationship } from '../shared/analysis';
import { NETWORK_DOCUMENT_FORMAT } from '../shared/domain';
import { createDriver } from '../main/database/connection';
import { startLocalNeo4j } from '../main/database/localNeo4j';
import { ensureSchema } from '../main/database/schema';
import { getNetworkGraph } from '../main/repository/networks';
import { seedNetwork } from './seedNetwork';

const PARTIES = 10_000;
const RELATIONSHIPS = 50_000;
const SEED = 20_260_401;
const AMORTISED_OVER = 100;
const TARGET_RATIO = 20;
const NETWORK_ID = 'bench-simulation-vs-cypher';

const log = (message: string) => process.stderr.write(`[simulation vs cypher] ${message}\n`);

// Breadth-first from every withdrawn party at once; each step is one pair with d > 0, whichever
// way its relationship points. ANY SHORTEST makes Neo4j search (one path per reached party)
// rather than enumerate every path, which on 50,000 relationships would never finish.
const REACHABLE_QUERY = `
  MATCH (w:Party {networkId: $networkId}) WHERE w.id IN $withdrawn
  MATCH ANY SHORTEST (w) ((a)-[e:RELIES_ON|RESOURCE_FLOW]-(b)
      WHERE (e:RELIES_ON AND startNode(e) = b)
         OR (e:RESOURCE_FLOW AND startNode(e) = a
             AND (e.amount IS NULL OR e.amount > 0
                  OR EXISTS { MATCH ()-[f:RESOURCE_FLOW]->(b) WHERE f.resource = e.resource AND f.amount IS NULL })))+ (x)
  WHERE NOT x.id IN $withdrawn
  RETURN DISTINCT x.id AS id`;

/**
 * Sets every 25th known amount to 0, so both branches of the rule occur: a zero flow into a
 * recipient whose flows of that kind are all known carries no dependency; one into a recipient
 * with an unknown flow of that kind still does (equal shares).
 */
function withZeroAmounts(network: ImpactNetwork): ImpactNetwork {
  let known = 0;
  const relationships = network.relationships.map((relationship): ImpactRelationship => {
    if (relationship.kind !== 'RESOURCE_FLOW' || relationship.amount === null) return relationship;
    known++;
    return known % 25 === 0 ? { ...relationship, amount: 0 } : relationship;
  });
  return { parties: network.parties, relationships };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Withdrawals to compare: the two largest statewide hubs, regional parties, and three at once. */
function withdrawals(network: CompiledNetwork): string[][] {
  const dependents = (at: number) => network.dependentsOffsets[at + 1]! - network.dependentsOffsets[at]!;
  const byDependents = Array.from({ length: network.partyCount }, (_, at) => at).sort((a, b) => dependents(b) - dependents(a));
  const { parties } = network.network;
  const regional = [1_234, 4_321, 7_777].map((start) => {
    for (let at = start; ; at = (at + 1) % network.partyCount) {
      if (parties[at]!.side === 'internal' && dependents(at) > 0 && !parties[at]!.name.startsWith('Statewide')) return parties[at]!.id;
    }
  });
  const hub = (rank: number) => parties[byDependents[rank]!]!.id;
  return [[hub(0)], [hub(1)], ...regional.map((id) => [id]), regional];
}

async function cypherReachable(driver: Driver, withdrawn: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(REACHABLE_QUERY, { networkId: NETWORK_ID, withdrawn }, { routing: 'READ' });
  return records.map((record) => String(record.get('id'))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function main(): Promise<void> {
  const generated = withZeroAmounts(generateNetwork({ parties: PARTIES, relationships: RELATIONSHIPS, seed: SEED }));
  const root = await mkdtemp(join(tmpdir(), 'careweave-sim-cypher-bench-'));
  log('starting Neo4j…');
  const db = await startLocalNeo4j({ dataDir: join(root, 'neo4j'), heap: '1g', pageCache: '256m' });
  const driver = createDriver({ url: db.boltUrl, user: db.user, password: db.password });
  let failed = false;
  try {
    await ensureSchema(driver);
    log('storing the generated network…');
    const stored = await timed(() =>
      seedNetwork(driver, NETWORK_ID, {
        format: NETWORK_DOCUMENT_FORMAT,
        formatVersion: 1,
        network: { name: 'Simulation vs Cypher' },
        parties: [...generated.parties],
        relationships: [...generated.relationships],
      }),
    );

    // Our side's one-off cost, as the app pays it: read the whole network, compile it.
    const loads: { readMs: number; compileMs: number }[] = [];
    let compiled: CompiledNetwork | null = null;
    for (let run = 0; run < 3; run++) {
      const read = await timed(() => getNetworkGraph({ driver }, NETWORK_ID));
      const compile = await timed(() => compileNetwork(read.value));
      loads.push({ readMs: read.ms, compileMs: compile.ms });
      compiled = compile.value;
    }
    const network = compiled!;
    const loadMs = median(loads.map((load) => load.readMs + load.compileMs));

    const cases = [];
    for (const withdrawn of withdrawals(network)) {
      const ours = Array.from({ length: 21 }, () => {
        const start = performance.now();
        const reached = reachableFrom(network, withdrawn);
        return { ms: performance.now() - start, reached };
      });
      await cypherReachable(driver, withdrawn); // warm-up: plan cache and page cache
      const theirs = [];
      for (let run = 0; run < 5; run++) theirs.push(await timed(() => cypherReachable(driver, withdrawn)));
      const a = ours[0]!.reached;
      const b = theirs[0]!.value;
      const inB = new Set(b);
      const inA = new Set(a);
      const onlyOurs = a.filter((id) => !inB.has(id));
      const onlyCypher = b.filter((id) => !inA.has(id));
      const identical = onlyOurs.length === 0 && onlyCypher.length === 0;
      if (!identical) failed = true;
      const oursMs = median(ours.map((run) => run.ms));
      const cypherMs = median(theirs.map((run) => run.ms));
      const oursAmortisedMs = loadMs / AMORTISED_OVER + oursMs;
      cases.push({
        withdrawn,
        reached: a.length,
        identical,
        ...(identical ? {} : { onlyOurs: onlyOurs.slice(0, 10), onlyCypher: onlyCypher.slice(0, 10) }),
        oursMs: round(oursMs, 2),
        oursAmortisedMs: round(oursAmortisedMs, 2),
        cypherMs: round(cypherMs),
        ratio: round(cypherMs / oursAmortisedMs),
      });
      log(`${withdrawn.join('+')}: ${a.length} reached, identical ${identical}, ours ${round(oursAmortisedMs, 2)} ms amortised, Cypher ${round(cypherMs)} ms`);
    }

    const zeroFlows = generated.relationships.filter((r) => r.kind === 'RESOURCE_FLOW' && r.amount === 0).length;
    const totalCypher = cases.reduce((sum, entry) => sum + entry.cypherMs, 0);
    const totalOurs = cases.reduce((sum, entry) => sum + entry.oursAmortisedMs, 0);
    const ratio = round(totalCypher / totalOurs);
    const output = {
      benchmark: 'reachable-set: reachableFrom vs variable-length Cypher',
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((value) => round(value, 2)) },
      network: { parties: PARTIES, relationships: generated.relationships.length, dependencyPairs: network.pairWeight.length, zeroAmountFlows: zeroFlows, seed: SEED },
      storeMs: Math.round(stored.ms),
      load: { medianMs: Math.round(loadMs), runs: loads.map((load) => ({ readMs: Math.round(load.readMs), compileMs: Math.round(load.compileMs) })), amortisedOver: AMORTISED_OVER },
      cases,
      setsIdentical: cases.every((entry) => entry.identical),
      ratio,
      targets: { ratioAtLeast20: ratio >= TARGET_RATIO },
      query: REACHABLE_QUERY.replace(/\s+/g, ' ').trim(),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } finally {
    await driver.close();
    await db.stop();
    await rm(root, { recursive: true, force: true });
  }
  if (failed) {
    process.stderr.write('The reachable sets differ between our code and Cypher (see "cases"): the model and the query disagree.\n');
    process.exitCode = 1;
  }
}

await main();
