// Benchmarks for the withdrawal-impact model (issue 9, "Speed"). Run: npx tsx bench/simulation.bench.ts
// Prints one JSON object. Each case runs in its own child process (started with --expose-gc), so
// peak memory is per case. Side by side in every case: the cascade as the product computes it,
// the first version's fixed point (the old speed and the old, overstated answer), and where it
// fits in time a plain simulation of one future at a time.
//
// Cases:
//  - small 1k/5k and medium 10k/50k: the largest hub and regional parties.
//  - large 100k/1M: the largest hub refined progressively (first estimate at ±0.05, then ±0.01),
//    a regional party, peak memory.
//  - wellMixed 100k/1M: one big random network, the old model's worst case.
//  - criticality 1k/5k and 5k/25k; accuracy on the sample network; allDetails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compileNetwork, criticalityRanking, generateNetwork, simulateWithdrawal, WithdrawalSimulation } from '../shared/analysis';
import type { CompiledNetwork, GenerateNetworkOptions } from '../shared/analysis';
import { networkDocumentSchema } from '../shared/domain';
import { propagateImpact } from './fixedPointPropagation';
import { plainCascade } from './plainCascade';

const SEED = 20_260_401;
const FIXED_POINT = { maxRounds: 1000, tolerance: 1e-9 };

const CASES: Record<string, () => object> = {
  small: () => sizeCase({ parties: 1_000, relationships: 5_000, seed: SEED }, 5, 10_000),
  medium: () => sizeCase({ parties: 10_000, relationships: 50_000, seed: SEED }, 3, 10_000),
  large: largeCase,
  wellMixed: wellMixedCase,
  criticality: criticalityCase,
  accuracy: accuracyCase,
  allDetails: allDetailsCase,
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const peakRssMb = () => round1(process.resourceUsage().maxRSS / 1024);

function timed<T>(work: () => T): { ms: number; value: T } {
  collectGarbage();
  const start = performance.now();
  const value = work();
  return { ms: round1(performance.now() - start), value };
}

function median(runs: number, work: () => unknown): { medianMs: number; runsMs: number[] } {
  const runsMs = Array.from({ length: runs }, () => timed(work).ms);
  return { medianMs: [...runsMs].sort((a, b) => a - b)[runsMs.length >> 1]!, runsMs };
}

function sizeCase(options: GenerateNetworkOptions, runs: number, plainFutures: number) {
  const network = compileNetwork(generateNetwork(options));
  const hub = largestProvider(network);
  const cases = [hub, ...regionalParties(network, 3)].map((id, k) => {
    const index = network.indexOf.get(id)!;
    const result = simulateWithdrawal(network, [id]);
    const old = propagateImpact(network, [index], FIXED_POINT);
    const entry: Record<string, unknown> = {
      withdrawn: id,
      cascade: { ...median(runs, () => simulateWithdrawal(network, [id])), futures: result.estimate.futures, exact: result.estimate.exact, largestMargin: round1(result.estimate.largestMargin * 1000) / 1000 },
      fixedPoint: median(runs, () => propagateImpact(network, [index], FIXED_POINT)),
      expectedLost: round1(result.outcomes.everyone.expected),
      lostIn9Of10Futures: [result.outcomes.everyone.low, result.outcomes.everyone.high],
      disrupted: { cascade: result.summary.disrupted, fixedPoint: old.impact.filter((value, i) => i !== index && value >= 0.5).length },
    };
    if (k === 0) {
      const plain = timed(() => plainCascade(network, [index], plainFutures));
      const gap = result.parties.reduce((largest, party) => Math.max(largest, Math.abs(party.impact - plain.value[network.indexOf.get(party.id)!]!)), 0);
      entry.plainOneFutureAtATime = { futures: plainFutures, ms: plain.ms, largestDifferenceFromCascade: round1(gap * 1000) / 1000 };
    }
    return entry;
  });
  return { parties: options.parties, relationships: options.relationships, cases, peakRssMb: peakRssMb() };
}

function largeCase() {
  const network = compileNetwork(generateNetwork({ parties: 100_000, relationships: 1_000_000, seed: SEED }));
  collectGarbage();
  const hub = largestProvider(network);
  const started = performance.now();
  const simulation = new WithdrawalSimulation(network, [hub]);
  let firstEstimateMs = 0;
  let firstEstimateFutures = 0;
  while (!simulation.step(performance.now() + 50)) {
    if (firstEstimateMs === 0 && simulation.progress().largestMargin <= 0.05) {
      const early = simulation.result(); // what the app shows first
      firstEstimateMs = round1(performance.now() - started);
      firstEstimateFutures = early.estimate.futures;
    }
  }
  const result = simulation.result();
  const completeMs = round1(performance.now() - started);
  const regional = regionalParties(network, 1)[0]!;
  return {
    parties: 100_000,
    relationships: 1_000_000,
    largestHub: {
      withdrawn: hub,
      firstEstimate: { ms: firstEstimateMs, futures: firstEstimateFutures, margin: 0.05 },
      complete: { ms: completeMs, futures: result.estimate.futures, largestMargin: round1(result.estimate.largestMargin * 1000) / 1000 },
      expectedLost: round1(result.outcomes.everyone.expected),
      lostIn9Of10Futures: [result.outcomes.everyone.low, result.outcomes.everyone.high],
      fixedPoint: { ...median(3, () => propagateImpact(network, [network.indexOf.get(hub)!], FIXED_POINT)) },
    },
    regionalParty: { withdrawn: regional, ...median(5, () => simulateWithdrawal(network, [regional])) },
    peakRssMb: peakRssMb(),
  };
}

function wellMixedCase() {
  const network = compileNetwork(generateNetwork({ parties: 100_000, relationships: 1_000_000, seed: SEED, regionSize: 100_000, crossRegionShare: 0 }));
  const hub = largestProvider(network);
  const cascade = timed(() => simulateWithdrawal(network, [hub]));
  const old = timed(() => propagateImpact(network, [network.indexOf.get(hub)!], FIXED_POINT));
  return {
    withdrawn: hub,
    cascade: { ms: cascade.ms, futures: cascade.value.estimate.futures, expectedLost: round1(cascade.value.outcomes.everyone.expected), disrupted: cascade.value.summary.disrupted },
    fixedPoint: { ms: old.ms, rounds: old.value.rounds, disrupted: old.value.impact.filter((value) => value >= 0.5).length - 1 },
    peakRssMb: peakRssMb(),
  };
}

function criticalityCase() {
  return Object.fromEntries(
    [
      [1_000, 5_000],
      [5_000, 25_000],
    ].map(([parties, relationships]) => {
      const network = compileNetwork(generateNetwork({ parties: parties!, relationships: relationships!, seed: SEED }));
      const ranking = timed(() => criticalityRanking(network));
      const top = ranking.value.slice(0, 3).map(({ id, harm, harmMargin, affected }) => ({ id, harm: round1(harm), harmMargin: round1(harmMargin), affected }));
      return [`${parties}/${relationships}`, { ms: ranking.ms, top, peakRssMb: peakRssMb() }];
    }),
  );
}

// Every party of the sample network withdrawn alone: how far the old fixed point overstated.
function accuracyCase() {
  const sample = networkDocumentSchema.parse(JSON.parse(readFileSync('resources/sample/rural-behavioral-health.json', 'utf8')));
  const network = compileNetwork(sample);
  let largestOverstatement = { points: 0, withdrawn: '', party: '' };
  const disruptedDiffers: { withdrawn: string; cascade: number; fixedPoint: number }[] = [];
  for (const party of sample.parties) {
    const index = network.indexOf.get(party.id)!;
    const result = simulateWithdrawal(network, [party.id]);
    const old = propagateImpact(network, [index], FIXED_POINT);
    for (const entry of result.parties) {
      const points = Math.round((old.impact[network.indexOf.get(entry.id)!]! - entry.impact) * 100);
      if (points > largestOverstatement.points) largestOverstatement = { points, withdrawn: party.name, party: entry.name };
    }
    const oldDisrupted = old.impact.filter((value, i) => i !== index && value >= 0.5).length;
    if (oldDisrupted !== result.summary.disrupted) disruptedDiffers.push({ withdrawn: party.name, cascade: result.summary.disrupted, fixedPoint: oldDisrupted });
  }
  return { parties: sample.parties.length, largestOverstatement, disruptedDiffers };
}

// Chains, mitigation and lost flows are built when first read; this is what reading every one
// of them costs on top (what `simulate --json` does) for the largest hub of the 100k network.
function allDetailsCase() {
  const network = compileNetwork(generateNetwork({ parties: 100_000, relationships: 1_000_000, seed: SEED }));
  const hub = largestProvider(network);
  const run = timed(() => {
    const result = simulateWithdrawal(network, [hub]);
    let entries = result.resourcesLost.flows.length;
    for (const party of result.parties) entries += (party.chain ? 1 : 0) + party.mitigation.length;
    return entries;
  });
  return { withdrawn: hub, ms: run.ms, chainsMitigationsAndFlows: run.value, peakRssMb: peakRssMb() };
}

/** The party the most others depend on: the worst single withdrawal. */
function largestProvider(network: CompiledNetwork): string {
  let best = 0;
  const size = (at: number) => network.dependentsOffsets[at + 1]! - network.dependentsOffsets[at]!;
  for (let party = 1; party < network.partyCount; party++) if (size(party) > size(best)) best = party;
  return network.network.parties[best]!.id;
}

/** Internal parties spread evenly through the network that at least one party depends on. */
function regionalParties(network: CompiledNetwork, count: number): string[] {
  const chosen: string[] = [];
  for (let k = 0; chosen.length < count && k < network.partyCount; k++) {
    const party = Math.floor(((k * 7919) % network.partyCount) + network.partyCount / 3) % network.partyCount;
    const entry = network.network.parties[party]!;
    const hasDependents = network.dependentsOffsets[party + 1]! > network.dependentsOffsets[party]!;
    if (entry.side === 'internal' && hasDependents && !entry.name.startsWith('Statewide') && !chosen.includes(entry.id)) chosen.push(entry.id);
  }
  return chosen;
}

function runChild(name: string): unknown {
  process.stderr.write(`[simulation] ${name}…\n`);
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--case', name], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) return { error: child.stderr.trim().split('\n').slice(-5).join('\n') };
  return JSON.parse(child.stdout) as unknown;
}

type Timed = { medianMs?: number; ms?: number };

function main(): void {
  const caseIndex = process.argv.indexOf('--case');
  if (caseIndex >= 0) {
    process.stdout.write(JSON.stringify(CASES[process.argv[caseIndex + 1]!]!()));
    return;
  }
  const only = process.argv.slice(2).filter((name) => name in CASES);
  const results = Object.fromEntries((only.length > 0 ? only : Object.keys(CASES)).map((name) => [name, runChild(name)])) as Record<string, Record<string, unknown>>;
  const hubMs = (name: string) => ((results[name]?.cases as { cascade: Timed }[] | undefined)?.[0]?.cascade.medianMs ?? Infinity);
  const large = results.large as { largestHub?: { firstEstimate: Timed; complete: Timed }; peakRssMb?: number } | undefined;
  const ranking = results.criticality as Record<string, Timed> | undefined;
  const output = {
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) },
    ...results,
    targets: {
      oneWithdrawal1k5kUnder100ms: hubMs('small') <= 100,
      oneWithdrawal10k50kUnder1s: hubMs('medium') <= 1000,
      largestHub100k1MFirstEstimateUnder1s: (large?.largestHub?.firstEstimate.ms ?? Infinity) <= 1000,
      largestHub100k1MCompleteUnder20s: (large?.largestHub?.complete.ms ?? Infinity) <= 20_000,
      peakRssUnder500Mb: (large?.peakRssMb ?? Infinity) <= 500,
      criticality1k5kUnder2s: (ranking?.['1000/5000']?.ms ?? Infinity) <= 2000,
      criticality5k25kUnder15s: (ranking?.['5000/25000']?.ms ?? Infinity) <= 15_000,
    },
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main();
