// The app's simulation worker and the command line give the same numbers for the same question
// (DESIGN.md §4.3): the worker module runs here as it does in the page, fed the sample network in
// a different order (as the database may return it), and its answer is compared digit for digit
// with `npm run simulate -- --json` on the sample file. It also posts an early estimate before the
// final answer when a simulation takes long enough to refine.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { networkDocumentSchema } from '../../shared/domain';
import type { SimulationReply, SimulationRequest } from '../../renderer/src/workers/simulationProtocol';
import { resolveQuestion } from '../../renderer/src/core/simulation/simulationState';
import { agreementsEndingBefore } from '../../shared/timeline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'resources/sample/rural-behavioral-health.json';
const thresholds = { affectedThreshold: 0.05, disruptedThreshold: 0.5 };

const replies: SimulationReply[] = [];
let send: (request: SimulationRequest) => void;

beforeAll(async () => {
  const scope = { postMessage: (reply: SimulationReply) => replies.push(reply), onmessage: null as null | ((event: { data: SimulationRequest }) => void) };
  (globalThis as { self?: unknown }).self = scope;
  await import('../../renderer/src/workers/simulation.worker');
  send = (request) => scope.onmessage!({ data: request });
});

async function answer(id: number): Promise<SimulationReply[]> {
  for (let waited = 0; waited < 600; waited++) {
    const mine = replies.filter((reply) => 'id' in reply && reply.id === id);
    if (mine.some((reply) => reply.type === 'simulated' || reply.type === 'failed')) return mine;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No answer to request ${id}.`);
}

const reversed = (network: ImpactNetwork): ImpactNetwork => ({ parties: [...network.parties].reverse(), relationships: [...network.relationships].reverse() });

describe('the simulation worker', () => {
  it('gives exactly the numbers of the command line, whatever the order the network arrives in', async () => {
    const sample = networkDocumentSchema.parse(JSON.parse(readFileSync(`${ROOT}/${SAMPLE}`, 'utf8')));
    send({ type: 'load', revision: 1, network: reversed(sample) });
    send({ type: 'simulate', id: 1, withdrawn: ['p-mgmt-company', 'p-transit'], endedRelationships: [], endsBefore: null, thresholds });
    const final = (await answer(1)).find((reply) => reply.type === 'simulated');
    if (final?.type !== 'simulated') throw new Error('The worker did not answer.');

    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', '--input', SAMPLE, '--withdraw', 'p-mgmt-company,p-transit', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const output = JSON.parse(cli.stdout) as { parties: { id: string; impact: number }[]; estimate: { futures: number } };
    expect(Object.keys(final.view.impactById)).toHaveLength(output.parties.length);
    for (const party of output.parties) expect(final.view.impactById[party.id]).toBe(party.impact);
    expect(final.view.estimate.futures).toBe(output.estimate.futures);
  });

  it('answers a question about a day: the agreements ending before it end, with their names', async () => {
    const example = networkDocumentSchema.parse(JSON.parse(readFileSync(`${ROOT}/docs/withdrawal-date-example.json`, 'utf8')));
    send({ type: 'load', revision: 3, network: example });
    const question = resolveQuestion({ withdrawn: [], endedRelationships: ['gone'], endsBefore: '2027-06-30', thresholds }, (day) => agreementsEndingBefore(example.relationships, day).map((r) => r.id));
    expect(question.endedRelationships).toEqual(['gone', 'a1', 'a5']);
    send({ type: 'simulate', id: 3, ...question });
    const final = (await answer(3)).find((reply) => reply.type === 'simulated');
    if (final?.type !== 'simulated') throw new Error('The worker did not answer.');
    expect(final.view.impactById.clinic).toBeCloseTo(0.8, 12);
    expect(final.view.impactById.clients).toBeCloseTo(0.472, 12);
    expect(final.view.agreements).toEqual({
      ended: [
        { id: 'a1', label: "Riverside Clinic's reliance on County Transit for client transport" },
        { id: 'a5', label: "Clinic clients' reliance on Main Street Pharmacy for medication delivery" },
      ],
      missing: ['gone'],
    });
  });

  it('posts an early estimate while a large simulation refines, then the final answer', async () => {
    const large = generateNetwork({ parties: 20_000, relationships: 100_000, seed: 3 });
    send({ type: 'load', revision: 2, network: large });
    const hub = 'p0';
    send({ type: 'simulate', id: 2, withdrawn: [hub], endedRelationships: [], endsBefore: null, thresholds });
    const mine = await answer(2);
    const early = mine.find((reply) => reply.type === 'estimated');
    const final = mine.find((reply) => reply.type === 'simulated');
    if (early?.type !== 'estimated' || final?.type !== 'simulated') throw new Error('Expected an early estimate and a final answer.');
    expect(early.view.estimate.complete).toBe(false);
    expect(early.view.estimate.largestMargin).toBeLessThanOrEqual(0.05);
    expect(final.view.estimate.complete).toBe(true);
    expect(final.view.estimate.largestMargin).toBeLessThanOrEqual(0.01);
    expect(final.view.estimate.futures).toBeGreaterThan(early.view.estimate.futures);
  }, 120_000);
});
