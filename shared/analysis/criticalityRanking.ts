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
// (same futures, same precision), so the ranking and the simulation never disagree (sideBySide.ts).
import type { PartySide } from '../domain/constants';
import type { Cascade } from './cascade';
import type { CompiledNetwork } from './compileNetwork';
import { checkExternalWeight, harmScore } from './harmScore';
import type { HarmScore } from './harmScore';
import { simulateSideBySide } from './sideBySide';
import { resolveSimulationOptions } from './simulationOptions';
import type { SimulationOptions } from './simulationOptions';

export interface CriticalityOptions extends Pick<SimulationOptions, 'affectedThreshold' | 'disruptedThreshold' | 'precision' | 'seed'> {
  readonly externalWeight?: number;
  /** Told as parties' simulations finish, so a caller off the UI thread can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PartyCriticality extends HarmScore {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
}

export const DEFAULT_EXTERNAL_WEIGHT = 3;

/** Parties by harm, highest first; ties by name. */
export function criticalityRanking(compiled: CompiledNetwork, options: CriticalityOptions = {}): PartyCriticality[] {
  const { externalWeight: weight = DEFAULT_EXTERNAL_WEIGHT, onProgress, ...simulation } = options;
  const externalWeight = checkExternalWeight(weight);
  const resolved = resolveSimulationOptions(simulation);
  const ranking: (PartyCriticality & { index: number })[] = [];
  const alone = Array.from({ length: compiled.partyCount }, (_, index) => [index]);
  simulateSideBySide(compiled, alone, resolved, (index, cascade) => ranking.push(score(compiled, index, cascade, externalWeight, resolved)), onProgress);
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
  const party = compiled.network.parties[index]!;
  return { index, id: party.id, name: party.name, side: party.side, type: party.type, ...harmScore(compiled, cascade, externalWeight, thresholds) };
}
