// Network insight benchmark (issue 11): every per-party metric and every warning for 10,000
// parties and 50,000 relationships, which the app computes in its insight worker, off the UI
// thread (target: under 1 s). Also each metric on its own, the harm ranking from the cascade that
// completes the party metrics (it simulates every party's withdrawal, and the worker adds it after
// the rest), and a well-mixed network where reliance paths run everywhere (the worst case for
// betweenness). Prints one JSON document; timings are reported, never asserted.
import { compileNetwork, criticalityRanking } from '../shared/analysis';
import { betweenness, cutOff, findWarnings, insightReport, meanTrust, networkScores, relationshipCounts, relianceCounts, soleProviders } from '../shared/insight';
import type { InsightNetwork } from '../shared/insight';
import { generateInsightNetwork } from './insightNetwork';

const TODAY = '2026-12-07';
const RUNS = 5;

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Metrics are cached per network object, so every run gets a fresh copy of the lists: in the app
// each edit makes a new network, and nothing is cached across edits.
function fresh(network: InsightNetwork): InsightNetwork {
  return { parties: [...network.parties], relationships: [...network.relationships] };
}

// Wall time and this process's CPU time: on a machine shared with other work the CPU time is
// closer to what the work itself costs.
function timeRuns<T>(network: InsightNetwork, work: (network: InsightNetwork) => T): { ms: number; cpuMs: number; value: T } {
  const times: number[] = [];
  const cpu: number[] = [];
  let value!: T;
  for (let run = 0; run < RUNS; run++) {
    const copy = fresh(network);
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    value = work(copy);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: round(median(times)), cpuMs: round(median(cpu)), value };
}

const each: Record<string, (network: InsightNetwork) => unknown> = {
  relationshipCounts,
  relianceCounts,
  meanTrust,
  betweenness: (copy) => betweenness(copy),
  cutVerticesAndCutOff: (copy) => cutOff(copy),
  soleProviders,
  networkScores: (copy) => networkScores(copy),
  warnings: (copy) => findWarnings(copy, { today: TODAY }),
};

function reportCase(label: string, network: InsightNetwork) {
  const whole = timeRuns(network, (copy) => insightReport(copy, { today: TODAY }));
  const eachMs = Object.fromEntries(Object.entries(each).map(([name, work]) => [name, timeRuns(network, work).cpuMs]));
  const report = whole.value;
  process.stderr.write(`[insight] ${label}: ${whole.ms} ms (${whole.cpuMs} ms of CPU)\n`);
  return {
    parties: network.parties.length,
    relationships: network.relationships.length,
    allMetricsAndWarningsMs: whole.ms,
    allMetricsAndWarningsCpuMs: whole.cpuMs,
    target: 'under 1000 ms off the UI thread',
    eachMetricCpuMs: eachMs,
    singlePointsOfFailure: report.network.singlePointsOfFailure,
    warnings: report.warnings.length,
    largestBetweenness: Math.max(...report.parties.map((party) => party.betweenness)),
  };
}

function harmCase(network: InsightNetwork) {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const ranking = criticalityRanking(compileNetwork(network));
  const used = process.cpuUsage(cpuStart);
  return { ms: round(performance.now() - started), cpuMs: round((used.user + used.system) / 1000), parties: ranking.length };
}

const regional = generateInsightNetwork({ parties: 10_000, relationships: 50_000, seed: 11 });
const mixed = generateInsightNetwork({ parties: 10_000, relationships: 50_000, seed: 11, regionSize: 10_000, crossRegionShare: 0 });

console.log(
  JSON.stringify(
    {
      generator: 'bench/insightNetwork.ts (shared/analysis/generateNetwork.ts with interests and trust dates)',
      regional: reportCase('regional 10k/50k', regional),
      wellMixed: reportCase('well-mixed 10k/50k', mixed),
      harmRanking: { regional: harmCase(regional) },
    },
    null,
    2,
  ),
);
