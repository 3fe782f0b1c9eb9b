// The simulation panel's state, its sentences, and the worker client's bookkeeping (with a fake
// worker): pure or nearly so, no browser needed.
import { describe, expect, it } from 'vitest';
import type { ImpactNetwork } from '../../shared/analysis';
import { criticalityActions, getEmptyCriticalityState } from '../../renderer/src/core/simulation/criticalityState';
import { describeCandidate, describeHops, describeLostResource, describeRisk } from '../../renderer/src/core/simulation/describeResults';
import {
  adjustThresholds,
  defaultScenarioName,
  getEmptySimulationState,
  highlightedChain,
  rowHighlighted,
  rowsAdded,
  sectionRows,
  simulationCancelled,
  simulationRequested,
  simulationSucceeded,
} from '../../renderer/src/core/simulation/simulationState';
import type { ImpactRow, SimulationView } from '../../renderer/src/core/simulation/simulationView';
import { CancelledError, SimulationClient } from '../../renderer/src/workers/simulationClient';
import type { SimulationReply, SimulationRequest } from '../../renderer/src/workers/simulationProtocol';

const thresholds = { affectedThreshold: 0.05, disruptedThreshold: 0.5 };

function row(id: string, impact: number): ImpactRow {
  return {
    id,
    name: id,
    side: 'external',
    type: 'patient',
    impact,
    margin: 0,
    impactClass: impact >= 0.5 ? 'disrupted' : 'affected',
    hops: 1,
    risk: 0,
    mayStepAway: false,
    meanTrust: 3,
    chain: { sentence: `${id} ← …`, partyIds: [id, 'W'], relationshipIds: [`r-${id}`], strength: impact, losing: 'transport' },
    mitigation: [],
  };
}

function outcome(count: number) {
  return { expected: count, margin: 0, low: count, high: count, futures: 0, distribution: [{ from: count, to: count, share: 1 }] };
}

function view(rows: ImpactRow[], total = rows.length): SimulationView {
  return {
    withdrawn: [{ id: 'W', name: 'W' }],
    agreements: { ended: [], missing: [] },
    thresholds,
    estimate: { futures: 0, exact: true, largestMargin: 0, precision: 0.01, seed: 1, complete: true },
    outcomes: { everyone: outcome(rows.length), external: outcome(rows.length) },
    summary: { parties: 3, withdrawn: 1, affected: rows.length, disrupted: 0, externalAffected: rows.length, externalDisrupted: 0, mayStepAway: 0 },
    resourcesLost: [],
    external: { rows, total },
    others: { rows: [], total: 0 },
    impactById: Object.fromEntries([['W', 1], ...rows.map((entry) => [entry.id, entry.impact])]),
    classById: Object.fromEntries([['W', 'withdrawn'], ...rows.map((entry) => [entry.id, entry.impactClass])]),
    hopsById: { W: 0 },
    organisations: [],
  };
}

describe('simulation state', () => {
  const asked = simulationRequested(getEmptySimulationState(), { withdrawn: ['W'], endedRelationships: [], endsBefore: null, thresholds });
  const answered = simulationSucceeded(asked, 7, view([row('A', 0.8), row('B', 0.2)], 3), []);

  it('keeps the previous answer on screen while the next one is computed', () => {
    const again = simulationRequested(answered, { withdrawn: ['W'], endedRelationships: [], endsBefore: null, thresholds: { ...thresholds, affectedThreshold: 0.3 } });
    expect(again).toMatchObject({ status: 'running', view: answered.view, simulationId: 7 });
  });

  it('keeps a highlighted chain for the same withdrawals, and drops it for others', () => {
    const highlighted = rowHighlighted(answered, 'A');
    expect(highlightedChain(highlighted)?.partyIds).toEqual(['A', 'W']);
    expect(simulationRequested(highlighted, { withdrawn: ['W'], endedRelationships: [], endsBefore: null, thresholds }).highlightId).toBe('A');
    expect(simulationRequested(highlighted, { withdrawn: ['X'], endedRelationships: [], endsBefore: null, thresholds }).highlightId).toBeNull();
    // A new answer in which A is no longer hit drops the highlight too.
    expect(simulationSucceeded(highlighted, 8, view([row('B', 0.2)]), []).highlightId).toBeNull();
    expect(rowHighlighted(highlighted, 'A').highlightId).toBeNull();
  });

  it('adds further pages of rows after the first', () => {
    const more = rowsAdded(answered, 'external', [row('C', 0.1)]);
    expect(sectionRows(more, 'external').map((entry) => entry.id)).toEqual(['A', 'B', 'C']);
    expect(simulationSucceeded(more, 9, view([row('A', 0.8)]), []).more.external).toEqual([]);
  });

  it('goes back to the last answer when cancelled, or to nothing when there was none', () => {
    const running = simulationRequested(answered, { withdrawn: ['Z'], endedRelationships: [], endsBefore: null, thresholds });
    expect(simulationCancelled(running, { withdrawn: ['W'], endedRelationships: [], endsBefore: null, thresholds })).toMatchObject({ status: 'ready', question: { withdrawn: ['W'] } });
    expect(simulationCancelled(asked, null)).toEqual(getEmptySimulationState());
  });

  it('keeps the thresholds in order: moving one past the other moves the other', () => {
    expect(adjustThresholds(thresholds, { affectedThreshold: 0.6 })).toEqual({ affectedThreshold: 0.6, disruptedThreshold: 0.6 });
    expect(adjustThresholds(thresholds, { disruptedThreshold: 0.02 })).toEqual({ affectedThreshold: 0.02, disruptedThreshold: 0.02 });
    expect(adjustThresholds(thresholds, { affectedThreshold: 0.2 })).toEqual({ affectedThreshold: 0.2, disruptedThreshold: 0.5 });
  });

  it('suggests a scenario name from the withdrawn parties', () => {
    expect(defaultScenarioName(['Transit'])).toBe('Withdrawal of Transit');
    expect(defaultScenarioName(['Transit', 'EMS'])).toBe('Withdrawal of Transit and EMS');
    expect(defaultScenarioName(['A', 'B', 'C', 'D'])).toBe('Withdrawal of A, B and 2 more');
  });
});

describe('criticality state', () => {
  it('tracks progress, keeps the last ranking when cancelled, and marks it stale on a change', () => {
    const ranking = [{ id: 'A', name: 'A', side: 'internal' as const, type: 'x', harm: 2, affected: 1, disrupted: 1, externalAffected: 0, harmMargin: 0 }];
    let state = criticalityActions.started(getEmptyCriticalityState());
    state = criticalityActions.progressed(state, 5, 20);
    expect(state).toMatchObject({ status: 'running', progress: 0.25 });
    state = criticalityActions.succeeded(state, ranking);
    expect(criticalityActions.cancelled(criticalityActions.started(state))).toMatchObject({ status: 'ready', ranking });
    expect(criticalityActions.networkChanged(state).stale).toBe(true);
    expect(criticalityActions.networkChanged(getEmptyCriticalityState()).stale).toBe(false);
  });
});

describe('result sentences', () => {
  it('describes resources lost with units, periods and unrecorded flows', () => {
    const base = { resource: 'beds' as const, unit: 'beds', period: 'per month', directAmount: 12, indirectAmount: 3.45, directFlows: 1, indirectFlows: 0.5, flowsWithoutAmount: 0, unrecordedLost: 0, unrecordedAtRisk: 0 };
    expect(describeLostResource(base)).toBe('Beds: 12 beds per month lost outright; about 3.5 beds per month more expected to be lost through affected partners');
    // The model's expected count of unrecorded flows (0.1) is not what a person counts: whole flows are.
    expect(describeLostResource({ ...base, directAmount: 0, indirectAmount: 0, flowsWithoutAmount: 0.1, unrecordedLost: 0, unrecordedAtRisk: 3, unit: '', period: '' })).toBe('Beds: 3 flows whose size was not recorded (through affected partners)');
    const funding = { ...base, resource: 'funding' as const, unit: 'USD', period: 'per year', directAmount: 2_350_000, indirectAmount: 184_321.7 };
    expect(describeLostResource(funding)).toBe('Funding: $2,350,000 per year lost outright; about $184,322 per year more expected to be lost through affected partners');
  });

  it('flags a party that may also step away, with its trust', () => {
    expect(describeRisk({ risk: 0.42, meanTrust: 2, mayStepAway: true })).toBe('May also step away: risk 42% (mean trust in remaining partners 2 of 5)');
    expect(describeRisk({ risk: 0.1, meanTrust: null, mayStepAway: false })).toBe('Risk of also stepping away: 10%');
    expect([null, 1, 3].map(describeHops)).toEqual(['not reached', 'directly depends on a withdrawn party', '3 steps from a withdrawn party']);
  });

  it('describes a mitigation candidate by trust and its own impact', () => {
    expect(describeCandidate({ id: 'x', name: 'Senior Center', trust: 4, trustStated: true, impact: 0 })).toBe('Senior Center (trust 4 of 5)');
    expect(describeCandidate({ id: 'y', name: 'EMS', trust: 3, trustStated: false, impact: 0.2 })).toBe('EMS (trust not rated; itself a 20% chance of being hit)');
  });
});

// A stand-in for the worker: records what was posted and lets the test answer.
class FakeWorker {
  posted: SimulationRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<SimulationReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: SimulationRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: SimulationReply) {
    this.onmessage?.({ data: message } as MessageEvent<SimulationReply>);
  }
}

describe('SimulationClient', () => {
  const network: ImpactNetwork = { parties: [], relationships: [] };

  function client() {
    const workers: FakeWorker[] = [];
    const instance = new SimulationClient(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    return { instance, workers };
  }

  it('answers each request by its id and passes progress on', async () => {
    const { instance, workers } = client();
    instance.load(network, () => undefined);
    const progress: number[] = [];
    const ranked = instance.ask<'ranked'>({ type: 'criticality', scope: 'parties' }, (update) => {
      if (update.type === 'progress') progress.push(update.done / update.total);
    });
    const id = (workers[0]!.posted[1] as { id: number }).id;
    workers[0]!.reply({ type: 'progress', id, done: 1, total: 4 });
    workers[0]!.reply({ type: 'ranked', id, ranking: [], ms: 1 });
    await expect(ranked).resolves.toMatchObject({ type: 'ranked' });
    expect(progress).toEqual([0.25]);
  });

  it('cancels by stopping the worker, and starts a fresh one with the same network', async () => {
    const { instance, workers } = client();
    instance.load(network, () => undefined);
    const pending = instance.ask<'ranked'>({ type: 'criticality', scope: 'parties' });
    instance.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ type: 'load', revision: 2, network }]);
  });

  it('reports a network that cannot be compiled to whoever loaded it', () => {
    const { instance, workers } = client();
    const problems: string[] = [];
    instance.load(network, (message) => problems.push(message));
    workers[0]!.reply({ type: 'failed', id: null, message: 'criticality must be from 1 to 5' });
    expect(problems).toEqual(['criticality must be from 1 to 5']);
  });
});
