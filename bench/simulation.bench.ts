// Benchmarks for the withdrawal-impact model (issue 4, "Speed"). Run: npx tsx bench/simulation.bench.ts
// Prints one JSON object. Each case runs in its own child process (started with --expose-gc), so
// peak memory is per case; between timed runs the previous result is dropped and garbage is
// collected, as the app does when a new simulation replaces the last one.
//
// Cases:
//  - regional 100k/1M: the generator's default shape (regions of ~50 parties around statewide hubs);
//    one simulation withdrawing a regional party, and one withdrawing the largest statewide hub
//    (explanations built on demand, as the app and CLI read them; allDetails reads all of them).
//  - well-mixed 100k/1M: one big random network, where (as the model specifies) noisy-OR amplifies
//    through the dense two-way dependencies until nearly everyone is disrupted: the worst case.
//  - criticality 1k/5k, and reachableFrom on 10k/50k.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  compileNetwork,
  criticalityRanking,
  generateNetwork,
  reachableFrom,
  simulateWithdrawal,
} from '../shared/analysis';
import type { CompiledNetwork, GenerateNetworkOptions } from '../shared/analysis';
import { propagateImpact } from './fixedPointPropagation';

const RUNS = 5;
const SEED = 20_260_401;

const CASES: Record<string, () => object> = {
  regional: () => simulationCase({ parties: 100_000, relationships: 1_000_000, seed: SEED }, 5, RUNS),
  wellMixed: () => simulationCase({ parties: 100_000, relationships: 1_000_000, seed: SEED, regionSize: 100_000, crossRegionShare: 0 }, 1, 3),
  allDetails: allDetailsCase,
  criticality: criticalityCase,
  reachable: reachableCase,
};

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// The latest result lives here and nowhere else: kept in a local of a long-running loop, an old
// result can stay reachable from a dead stack slot and spoil the memory figures.
let latest: unknown;

function runOnce(work: () => unknown): number {
  const start = performance.now();
  latest = work();
  return Math.round((performance.now() - start) * 10) / 10;
}

/** Times `runs` calls, keeping only the last result alive; also measures the heap that result holds. */
function repeat<T>(runs: number, work: () => T): { medianMs: number; runsMs: number[]; value: T; resultMb: number } {
  const runsMs: number[] = [];
  let resultMb = 0;
  for (let run = 0; run < runs; run++) {
    latest = undefined;
    collectGarbage();
    const before = heapMb();
    runsMs.push(runOnce(work));
    collectGarbage();
    resultMb = Math.round((heapMb() - before) * 10) / 10;
  }
  return { medianMs: median(runsMs), runsMs, value: latest as T, resultMb };
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const heapMb = () => {
  const memory = process.memoryUsage();
  return (memory.heapUsed + memory.arrayBuffers) / 1e6;
};
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 102.4) / 10;

function simulationCase(options: GenerateNetworkOptions, sampled: number, runs: number) {
  collectGarbage();
  const heapBefore = heapMb();
  const generated = time(() => generateNetwork(options));
  collectGarbage();
  const inputMb = Math.round((heapMb() - heapBefore) * 10) / 10;
  const rssWithInput = mb(process.memoryUsage().rss);
  const compiled = repeat(3, () => compileNetwork(generated.value));
  const network = compiled.value;
  const hub = largestProvider(network);

  const simulateOne = (id: string) => {
    const timed = repeat(runs, () => simulateWithdrawal(network, [id]));
    const { summary, estimate } = timed.value;
    return {
      withdrawn: id,
      medianMs: timed.medianMs,
      runsMs: timed.runsMs,
      resultMb: timed.resultMb,
      futures: estimate.futures,
      largestMargin: estimate.largestMargin,
      affected: summary.affected,
      disrupted: summary.disrupted,
    };
  };
  const regionalRuns = regionalParties(network, sampled).map(simulateOne);
  const hubRun = simulateOne(hub);
  const hubPropagation = repeat(runs, () => propagateImpact(network, [network.indexOf.get(hub)!], { maxRounds: 1000, tolerance: 1e-9 }));
  return {
    parties: options.parties,
    relationships: options.relationships,
    dependencyPairs: network.pairWeight.length,
    generateMs: generated.ms,
    compile: { medianMs: compiled.medianMs, runsMs: compiled.runsMs, compiledMb: compiled.resultMb },
    simulateRegionalParty: { medianMs: median(regionalRuns.map((run) => run.medianMs)), runs: regionalRuns },
    simulateLargestHub: hubRun,
    propagationOnlyLargestHub: { medianMs: hubPropagation.medianMs, rounds: hubPropagation.value.rounds },
    memoryMb: { inputHeap: inputMb, rssWithInputOnly: rssWithInput, peakRss: peakRssMb(), rssAtEnd: mb(process.memoryUsage().rss) },
  };
}

// Chains, mitigation and lost flows are built when first read. This is what reading every one of
// them costs on top (what `simulate --json` does) for the largest hub of the regional network; in
// its own process so that its much larger result does not count in the regional case's memory.
function allDetailsCase() {
  const network = compileNetwork(generateNetwork({ parties: 100_000, relationships: 1_000_000, seed: SEED }));
  const hub = largestProvider(network);
  const runs = repeat(3, () => {
    const result = simulateWithdrawal(network, [hub]);
    let entries = result.resourcesLost.flows.length;
    for (const party of result.parties) entries += (party.chain ? 1 : 0) + party.mitigation.length;
    return { result, entries };
  });
  return { withdrawn: hub, medianMs: runs.medianMs, runsMs: runs.runsMs, resultMb: runs.resultMb, chainsMitigationsAndFlows: runs.value.entries, peakRssMb: peakRssMb() };
}

function criticalityCase() {
  const network = compileNetwork(generateNetwork({ parties: 1_000, relationships: 5_000, seed: SEED }));
  const runs = repeat(3, () => criticalityRanking(network));
  const top = runs.value.slice(0, 3).map(({ id, harm, affected, disrupted }) => ({ id, harm: Math.round(harm * 100) / 100, affected, disrupted }));
  return { parties: 1_000, relationships: 5_000, medianMs: runs.medianMs, runsMs: runs.runsMs, top, peakRssMb: peakRssMb() };
}

function reachableCase() {
  const network = compileNetwork(generateNetwork({ parties: 10_000, relationships: 50_000, seed: SEED }));
  const ids = regionalParties(network, 1).concat(largestProvider(network));
  return Object.fromEntries(
    ids.map((id) => {
      const runs = repeat(RUNS, () => reachableFrom(network, [id]));
      return [id, { medianMs: runs.medianMs, reached: runs.value.length }];
    }),
  );
}

/** The party the most others depend on: the worst single withdrawal. */
function largestProvider(network: CompiledNetwork): string {
  let best = 0;
  for (let party = 1; party < network.partyCount; party++) {
    const size = (at: number) => network.dependentsOffsets[at + 1]! - network.dependentsOffsets[at]!;
    if (size(party) > size(best)) best = party;
  }
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
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--case', name], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) return { error: child.stderr.trim().split('\n').slice(-5).join('\n') };
  return JSON.parse(child.stdout) as unknown;
}

function main(): void {
  const caseIndex = process.argv.indexOf('--case');
  if (caseIndex >= 0) {
    const name = process.argv[caseIndex + 1]!;
    process.stdout.write(JSON.stringify(CASES[name]!()));
    return;
  }
  const results = Object.fromEntries(Object.keys(CASES).map((name) => [name, runChild(name)]));
  const regional = results['regional'] as { simulateRegionalParty?: { medianMs: number }; simulateLargestHub?: { medianMs: number }; memoryMb?: { peakRss: number } };
  const criticality = results['criticality'] as { medianMs?: number };
  const output = {
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) },
    ...results,
    targets: {
      simulate100k1MUnder1s: { regionalParty: (regional.simulateRegionalParty?.medianMs ?? Infinity) < 1000, largestHub: (regional.simulateLargestHub?.medianMs ?? Infinity) < 1000 },
      peakRssUnder500Mb: (regional.memoryMb?.peakRss ?? Infinity) < 500,
      criticality1k5kUnder2s: (criticality.medianMs ?? Infinity) < 2000,
    },
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main();
