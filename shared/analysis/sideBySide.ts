// Many withdrawals simulated side by side, for the rankings: each one's cascade is exactly what a
// simulation of that withdrawal alone computes (same futures, same precision), so a ranking entry
// and a simulation never disagree. The sampled ones advance a round at a time, sharing one cache
// of link draws: a link that many withdrawals' futures pass through is drawn once per round.
import { Cascade } from './cascade';
import type { CompiledNetwork } from './compileNetwork';
import { LinkWordCache } from './futureSampler';
import { linkKeys } from './linkKeys';
import { cascadeSettings } from './simulationOptions';
import type { ResolvedSimulationOptions } from './simulationOptions';

// Withdrawals simulated side by side: enough to share most link draws, few enough that their
// futures' working memory stays small on a large network.
const SIDE_BY_SIDE = 256;

/**
 * Simulates each withdrawal (a list of withdrawn party indices) and hands its finished cascade to
 * `visit`, in order; `onProgress` is told as they finish.
 */
export function simulateSideBySide(
  compiled: CompiledNetwork,
  withdrawals: readonly (readonly number[])[],
  options: ResolvedSimulationOptions,
  visit: (position: number, cascade: Cascade) => void,
  onProgress?: (done: number, total: number) => void,
): void {
  // Only the chances are wanted: the range of outcomes needs more futures than precision does.
  const settings = { ...cascadeSettings(options), outcomes: false };
  const keyOf = linkKeys(compiled, options.seed);
  const cache = new LinkWordCache(compiled.pairWeight.length);
  const total = withdrawals.length;
  for (let first = 0; first < total; first += SIDE_BY_SIDE) {
    const batch = withdrawals.slice(first, first + SIDE_BY_SIDE);
    const cascades = batch.map((withdrawn) => new Cascade(compiled, compiled.external, withdrawn, keyOf, settings, cache));
    let running = cascades.filter((cascade) => !cascade.done);
    onProgress?.(first + batch.length - running.length, total);
    while (running.length > 0) {
      for (const cascade of running) cascade.advance();
      running = running.filter((cascade) => !cascade.done);
      onProgress?.(first + batch.length - running.length, total);
    }
    cascades.forEach((cascade, k) => visit(first + k, cascade));
  }
}
