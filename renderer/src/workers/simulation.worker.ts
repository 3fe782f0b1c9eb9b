// The simulation worker: compiles the open network once per revision and answers simulations,
// pages of rows, comparisons and the criticality ranking off the UI thread, so the map stays
// responsive on large networks. Cancelling is done by the page terminating this worker.
//
// A simulation runs in slices. Between them the worker answers other requests (rows of the
// answer so far), and on a large network it posts an early estimate as soon as every chance is
// within ±5 points, then a sharper one every second, until the asked precision is reached.
import { compareScenarios, compileNetwork, criticalityRanking, organisationRanking, WithdrawalSimulation } from '../../../shared/analysis';
import { withMembers } from '../../../shared/domain';
import type { CompiledNetwork, WithdrawalResult } from '../../../shared/analysis';
import { sectionParties, toImpactRow, toSimulationView } from '../core/simulation/simulationView';
import { describeAgreement, isAgreementKind } from '../../../shared/timeline';
import type { SimulationReply, SimulationRequest, WithdrawalQuestion } from './simulationProtocol';

let compiled: CompiledNetwork | null = null;
let names = new Map<string, string>();
// Reliance and resource flows, the relationships that can end (§4.9), in words.
let agreementLabels = new Map<string, string>();
// Only the latest simulation is kept: rows are paged out of it while its panel is open.
let latest: { id: number; result: WithdrawalResult } | null = null;

// Progress is posted at most this often: more would only flood the page with messages.
const PROGRESS_INTERVAL_MS = 100;
// A slice of simulation before the worker looks at its messages again.
const SLICE_MS = 100;
// The first estimate is shown once every chance is this precise; later ones this often.
const FIRST_ESTIMATE_MARGIN = 0.05;
const ESTIMATE_INTERVAL_MS = 1000;

const post = (reply: SimulationReply) => self.postMessage(reply);
const nameOf = (id: string) => names.get(id) ?? id;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function network(): CompiledNetwork {
  if (!compiled) throw new Error('The network is not loaded yet. Wait a moment and try again.');
  return compiled;
}

/**
 * Splits the withdrawn parties and ended agreements into those still in the network and those
 * that are gone; an organisation withdraws with everyone inside it (issue 15).
 */
function present(question: WithdrawalQuestion) {
  const net = network();
  const known = question.withdrawn.filter((id) => net.indexOf.has(id));
  return {
    known: withMembers(net.network.parties, known),
    missing: question.withdrawn.filter((id) => !net.indexOf.has(id)),
    ended: question.endedRelationships.filter((id) => agreementLabels.has(id)),
    endedMissing: question.endedRelationships.filter((id) => !agreementLabels.has(id)),
  };
}

function simulateNow(question: WithdrawalQuestion): { result: WithdrawalResult | null; missing: string[] } {
  const { known, missing, ended } = present(question);
  if (known.length === 0 && ended.length === 0) return { result: null, missing };
  const simulation = new WithdrawalSimulation(network(), { parties: known, relationships: ended }, question.thresholds);
  simulation.step();
  return { result: simulation.result(), missing };
}

async function simulate(request: Extract<SimulationRequest, { type: 'simulate' }>, started: number): Promise<void> {
  const { known, missing, ended, endedMissing } = present(request);
  if (known.length === 0 && ended.length === 0) {
    throw new Error(
      request.withdrawn.length > 0
        ? 'None of the parties chosen to withdraw are in the network any more (they may have been deleted).'
        : 'None of the agreements chosen to end are in the network any more, so nothing ends.',
    );
  }
  const simulation = new WithdrawalSimulation(network(), { parties: known, relationships: ended }, request.thresholds);
  const agreements = { ended: ended.map((id) => ({ id, label: agreementLabels.get(id) ?? id })), missing: endedMissing };
  let lastEstimate = 0;
  const answer = (type: 'simulated' | 'estimated') => {
    const result = simulation.result();
    latest = { id: request.id, result };
    const view = toSimulationView(result, nameOf, undefined, agreements, network().network.parties);
    post({ type, id: request.id, view, missing, ms: Math.round(performance.now() - started) });
  };
  while (!simulation.step(performance.now() + SLICE_MS)) {
    const now = performance.now();
    const { largestMargin } = simulation.progress();
    if (largestMargin <= FIRST_ESTIMATE_MARGIN && now - lastEstimate >= ESTIMATE_INTERVAL_MS) {
      answer('estimated');
      lastEstimate = performance.now();
    }
    // Lets other requests in; a new revision of the network does not disturb this simulation
    // (it holds its own compiled network), and the page asks again about the new one.
    await nextTurn();
  }
  answer('simulated');
}

function handle(request: SimulationRequest): void | Promise<void> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  switch (request.type) {
    case 'load': {
      latest = null;
      compiled = compileNetwork(request.network);
      names = new Map(request.network.parties.map((party) => [party.id, party.name]));
      agreementLabels = new Map(request.network.relationships.filter((r) => isAgreementKind(r.kind)).map((r) => [r.id, describeAgreement(r, nameOf)]));
      post({ type: 'loaded', revision: request.revision, ms: elapsed() });
      return;
    }
    case 'simulate':
      return simulate(request, started);
    case 'rows': {
      if (latest?.id !== request.simulationId) throw new Error('That simulation has been replaced by a newer one.');
      const entries = sectionParties(latest.result, request.section).slice(request.offset, request.offset + request.limit);
      post({ type: 'rows', id: request.id, rows: entries.map((entry) => toImpactRow(entry, nameOf)) });
      return;
    }
    case 'compare': {
      const a = simulateNow(request.a);
      const b = simulateNow(request.b);
      const empty = { parties: [] };
      post({ type: 'compared', id: request.id, comparison: compareScenarios(a.result ?? empty, b.result ?? empty), missingA: a.missing, missingB: b.missing });
      return;
    }
    case 'criticality': {
      let lastPost = 0;
      const rank = request.scope === 'organisations' ? organisationRanking : criticalityRanking;
      const ranking = rank(network(), {
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - lastPost < PROGRESS_INTERVAL_MS && done < total) return;
          lastPost = now;
          post({ type: 'progress', id: request.id, done, total });
        },
      });
      post({ type: 'ranked', id: request.id, ranking, ms: elapsed() });
      return;
    }
  }
}

const fail = (request: SimulationRequest, error: unknown) =>
  post({ type: 'failed', id: request.type === 'load' ? null : request.id, message: error instanceof Error ? error.message : String(error) });

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  try {
    const running = handle(request);
    if (running) running.catch((error: unknown) => fail(request, error));
  } catch (error) {
    fail(request, error);
  }
};
