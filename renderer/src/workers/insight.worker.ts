// The insight worker: every party's metrics, the network's scores and the warnings for the open
// network (shared/insight), scores of a part of it, and the harm ranking from the cascade
// (shared/analysis criticalityRanking), all off the UI thread. The ranking can take seconds on a
// large network; the page stops it by terminating this worker when the network changes.
import { compileNetwork, criticalityRanking } from '../../../shared/analysis';
import { insightReport, networkScores, subNetwork } from '../../../shared/insight';
import type { InsightNetwork } from '../../../shared/insight';
import type { InsightReply, InsightRequest } from './insightProtocol';

let network: InsightNetwork | null = null;

// Progress of a ranking is posted at most this often.
const PROGRESS_INTERVAL_MS = 100;

const post = (reply: InsightReply) => self.postMessage(reply);

function loaded(): InsightNetwork {
  if (!network) throw new Error('The network is not loaded yet. Wait a moment and try again.');
  return network;
}

function handle(request: InsightRequest): void {
  const started = performance.now();
  switch (request.type) {
    case 'load':
      network = request.network;
      return;
    case 'report': {
      const report = insightReport(loaded(), { thresholds: request.thresholds, today: request.today });
      post({ type: 'reported', id: request.id, report, ms: Math.round(performance.now() - started) });
      return;
    }
    case 'scores':
      post({ type: 'scored', id: request.id, scores: networkScores(subNetwork(loaded(), request.part), { lowTrust: request.lowTrust }) });
      return;
    case 'harm': {
      let last = 0;
      const ranking = criticalityRanking(compileNetwork(loaded()), {
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
          last = now;
          post({ type: 'progress', id: request.id, done, total });
        },
      });
      post({ type: 'ranked', id: request.id, ranking, ms: Math.round(performance.now() - started) });
      return;
    }
  }
}

self.onmessage = (event: MessageEvent<InsightRequest>) => {
  const request = event.data;
  try {
    handle(request);
  } catch (error) {
    post({ type: 'failed', id: request.type === 'load' ? null : request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
