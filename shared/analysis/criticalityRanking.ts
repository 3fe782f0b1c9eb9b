// Which party's leaving would hurt most (DESIGN.md §4.12): each party withdrawn alone, harm = Σ
// of everyone else's chance of losing what they need.
//
// External customers weigh `externalWeight` times as much as internal parties (default 3). The
// brief's core claim is that when a party steps away "the most vulnerable suffer ... typically
// the patient" (DESIGN.md §1, §4.8): patients, clients and families have the fewest alternatives
// and are the reason the network exists. A weight of 3 lets one disrupted patient group outweigh
// two disrupted departments without making harm to the organisations irrelevant; set it to 1 for
// an unweighted count.
//
// Every party's cascade is computed exactly as a simulation of its withdrawal alone would be
// (same futures, same precision), so the ranking and the simulation never disagree. The sampled
// ones advance a round at a time side by side, sharing one cache of link draws: a link that many
// parties' futures pass through is drawn once per round instead of once per party.
import type { PartySide } from '../domain/constants';
import { Cascade } from './cascade';
import type { CompiledNetwork } from './compileNetwork';
import { LinkWordCache } from './futureSampler';
import { linkKeys } from './linkKeys';
import { cascadeSettings, resolveSimulationOptions } from './simulationOptions';
import type { SimulationOptions } from './simulationOptions';

export interface CriticalityOptions extends Pick<SimulationOptions, 'affectedThreshold' | 'disruptedThreshold' | 'precision' | 'seed'> {
  readonly externalWeight?: number;
  /** Told as parties' simulations finish, so a caller off the UI thread can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PartyCriticality {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  /** Σ over the other parties of I × (externalWeight for external customers, else 1). */
  readonly harm: number;
  /** 95% margin of `harm`; 0 when every chance behind it is exact. */
  readonly harmMargin: number;
  readonly affected: number;
  readonly disrupted: number;
  readonly externalAffected: number;
}

export const DEFAULT_EXTERNAL_WEIGHT = 3;

// Parties simulated side by side: enough to share most link draws, few enough that their
// futures' working memory stays small on a large network.
const SIDE_BY_SIDE = 256;

/** Parties by harm, highest first; ties by name. */
export function criticalityRanking(compiled: CompiledNetwork, options: CriticalityOptions = {}): PartyCriticality[] {
  const { externalWeight = DEFAULT_EXTERNAL_WEIGHT, onProgress, ...simulation } = options;
  if (!(Number.isFinite(externalWeight) && externalWeight >= 0)) {
    throw new RangeError(`externalWeight must be a number of at least 0 (got ${externalWeight}).`);
  }
  const resolved = resolveSimulationOptions(simulation);
  const settings = { ...cascadeSettings(resolved), outcomes: false };
  const keyOf = linkKeys(compiled, resolved.seed);
  const cache = new LinkWordCache(compiled.pairWeight.length);
  const n = compiled.partyCount;
  const ranking: (PartyCriticality & { index: number })[] = [];
  for (let first = 0; first < n; first += SIDE_BY_SIDE) {
    const batch = Array.from({ length: Math.min(SIDE_BY_SIDE, n - first) }, (_, k) => first + k);
    const cascades = batch.map((index) => new Cascade(compiled, compiled.external, [index], keyOf, settings, cache));
    let running = cascades.filter((cascade) => !cascade.done);
    onProgress?.(first + batch.length - running.length, n);
    while (running.length > 0) {
      for (const cascade of running) cascade.advance();
      running = running.filter((cascade) => !cascade.done);
      onProgress?.(first + batch.length - running.length, n);
    }
    batch.forEach((index, k) => ranking.push(score(compiled, index, cascades[k]!, externalWeight, resolved)));
  }
  ranking.sort((a, b) => b.harm - a.harm || compiled.nameRank[a.index]! - compiled.nameRank[b.index]!);
  return ranking.map(({ index: _index, ...entry }) => entry);
}

function score(
  compiled: CompiledNetwork,
  index: number,
  cascade: Cascade,
  externalWeight: number,
  thresholds: { affectedThreshold: number; disruptedThreshold: number },
): PartyCriticality & { index: number } {
  let harm = 0;
  let affected = 0;
  let disrupted = 0;
  let externalAffected = 0;
  cascade.forEachChance((other, chance) => {
    if (chance === 0) return;
    const external = compiled.external[other] === 1;
    harm += external ? externalWeight * chance : chance;
    if (chance >= thresholds.affectedThreshold) {
      affected++;
      if (external) externalAffected++;
    }
    if (chance >= thresholds.disruptedThreshold) disrupted++;
  });
  const party = compiled.network.parties[index]!;
  const harmMargin = cascade.harmMargin(externalWeight);
  return { index, id: party.id, name: party.name, side: party.side, type: party.type, harm, harmMargin, affected, disrupted, externalAffected };
}
