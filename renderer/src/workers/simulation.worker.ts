// The simulation worker: compiles the open network once per revision and answers simulations,
// pages of rows, comparisons and the criticality ranking off the UI thread, so the map stays
// responsive on large networks. Cancelling is done by the page terminating this worker.
import { compareScenarios, compileNetwork, criticalityRanking, simulateWithdrawal } from '../../../shared/analysis';
import type { CompiledNetwork, WithdrawalResult } from '../../../shared/analysis';
import { sectionParties, toImpactRow, toSimulationView } from '../core/simulation/simulationView';
import type { SimulationReply, SimulationRequest, WithdrawalQuestion } from './simulationProtocol';

let compiled: CompiledNetwork | null = null;
let names = new Map<string, string>();
// Only the latest simulation is kept: rows are paged out of it while its panel is open.
let latest: { id: number; result: WithdrawalResult } | null = null;

// Progress is posted at most this often: more would only flood the page with messages.
const PROGRESS_INTERVAL_MS = 100;

const post = (reply: SimulationReply) => self.postMessage(reply);
const nameOf = (id: string) => names.get(id) ?? id;

function network(): CompiledNetwork {
  if (!compiled) throw new Error('The network is not loaded yet. Wait a moment and try again.');
  return compiled;
}

/** Splits the withdrawn ids into those still in the network and those that are gone. */
function present(question: WithdrawalQuestion): { result: WithdrawalResult | null; missing: string[] } {
  const net = network();
  const known = question.withdrawn.filter((id) => net.indexOf.has(id));
  const missing = question.withdrawn.filter((id) => !net.indexOf.has(id));
  return { result: known.length === 0 ? null : simulateWithdrawal(net, known, question.thresholds), missing };
}

function handle(request: SimulationRequest): void {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  switch (request.type) {
    case 'load': {
      latest = null;
      compiled = compileNetwork(request.network);
      names = new Map(request.network.parties.map((party) => [party.id, party.name]));
      post({ type: 'loaded', revision: request.revision, ms: elapsed() });
      return;
    }
    case 'simulate': {
      const { result, missing } = present(request);
      if (!result) throw new Error('None of the parties chosen to withdraw are in the network any more (they may have been deleted).');
      latest = { id: request.id, result };
      post({ type: 'simulated', id: request.id, view: toSimulationView(result, nameOf), missing, ms: elapsed() });
      return;
    }
    case 'rows': {
      if (latest?.id !== request.simulationId) throw new Error('That simulation has been replaced by a newer one.');
      const entries = sectionParties(latest.result, request.section).slice(request.offset, request.offset + request.limit);
      post({ type: 'rows', id: request.id, rows: entries.map((entry) => toImpactRow(entry, nameOf)) });
      return;
    }
    case 'compare': {
      const a = present(request.a);
      const b = present(request.b);
      const empty = { parties: [] };
      post({ type: 'compared', id: request.id, comparison: compareScenarios(a.result ?? empty, b.result ?? empty), missingA: a.missing, missingB: b.missing });
      return;
    }
    case 'criticality': {
      let lastPost = 0;
      const ranking = criticalityRanking(network(), {
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

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  try {
    handle(request);
  } catch (error) {
    post({ type: 'failed', id: request.type === 'load' ? null : request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
