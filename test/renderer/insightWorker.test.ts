// The app's insight worker and the analysts' command line say the same about the same network:
// the worker module runs here as in the page, fed the sample network in a different order, and
// its report and harm ranking are compared with `npm run analyze -- --json` on the sample file.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import { DEFAULT_WARNING_THRESHOLDS } from '../../shared/domain';
import type { InsightNetwork } from '../../shared/insight';
import type { InsightReply, InsightRequest } from '../../renderer/src/workers/insightProtocol';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'resources/sample/rural-behavioral-health.json';
const TODAY = '2026-12-07';

const replies: InsightReply[] = [];
let send: (request: InsightRequest) => void;

beforeAll(async () => {
  const scope = { postMessage: (reply: InsightReply) => replies.push(reply), onmessage: null as null | ((event: { data: InsightRequest }) => void) };
  (globalThis as { self?: unknown }).self = scope;
  await import('../../renderer/src/workers/insight.worker');
  send = (request) => scope.onmessage!({ data: request });
});

const answer = (id: number) => replies.find((reply) => reply.id === id && reply.type !== 'progress');
const reversed = (network: InsightNetwork): InsightNetwork => ({ parties: [...network.parties].reverse(), relationships: [...network.relationships].reverse() });

type Cli = { parties: Array<{ id: string; betweenness: number; cutVertex: boolean; harm: number; criticalityRank: number; soleProviderOf: unknown[] }>; network: Record<string, unknown>; warnings: Array<{ key: string }> };

describe('the insight worker', () => {
  it('reports what the command line reports, whatever the order the network arrives in', () => {
    const sample = networkDocumentSchema.parse(JSON.parse(readFileSync(`${ROOT}/${SAMPLE}`, 'utf8')));
    send({ type: 'load', revision: 1, network: reversed(sample) });
    send({ type: 'report', id: 1, thresholds: DEFAULT_WARNING_THRESHOLDS, today: TODAY });
    send({ type: 'harm', id: 2 });
    const report = answer(1);
    const ranked = answer(2);
    if (report?.type !== 'reported' || ranked?.type !== 'ranked') throw new Error('The worker did not answer.');

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/analyze.ts', '--input', SAMPLE, '--json', '--today', TODAY], { cwd: ROOT, encoding: 'utf8' });
    const cli = JSON.parse(run.stdout) as Cli;
    const { name: _name, ...scores } = cli.network;
    expect(report.report.network).toEqual(scores);
    const byId = new Map(report.report.parties.map((party) => [party.id, party]));
    for (const party of cli.parties) {
      expect(byId.get(party.id)!.betweenness).toBeCloseTo(party.betweenness, 12);
      expect(byId.get(party.id)!.cutVertex).toBe(party.cutVertex);
      expect(byId.get(party.id)!.soleProviderOf).toHaveLength(party.soleProviderOf.length);
    }
    expect(new Set(report.report.warnings.map((warning) => warning.key))).toEqual(new Set(cli.warnings.map((warning) => warning.key)));
    const harm = new Map(ranked.ranking.map((entry, index) => [entry.id, { harm: entry.harm, rank: index + 1 }]));
    // The same harm but for the last bit: the sums run over the parties in their input order.
    for (const party of cli.parties) {
      expect(harm.get(party.id)!.harm).toBeCloseTo(party.harm, 9);
      expect(harm.get(party.id)!.rank).toBe(party.criticalityRank);
    }
  });

  it('scores a part of the network, and says clearly when asked before a network is loaded', () => {
    send({ type: 'scores', id: 3, part: { withoutParties: ['p-medicare'] }, lowTrust: 2 });
    const scored = answer(3);
    if (scored?.type !== 'scored') throw new Error('The worker did not answer.');
    expect(scored.scores.parties).toBe(40);
    send({ type: 'load', revision: 2, network: null as unknown as InsightNetwork });
    send({ type: 'report', id: 4, thresholds: DEFAULT_WARNING_THRESHOLDS, today: TODAY });
    expect(answer(4)).toMatchObject({ type: 'failed', message: expect.stringMatching(/not loaded yet/) });
  });
});
