// Which party's leaving would hurt most (issue 4, point 4): simulate each party's withdrawal
// alone and add up the impacts it causes on everyone else.
//
// External customers weigh `externalWeight` times as much as internal parties (default 3). The
// brief's core claim is that when a party steps away "the most vulnerable suffer ... typically
// the patient" (DESIGN.md §1, §4.6): patients, clients and families have the fewest alternatives
// and are the reason the network exists. A weight of 3 lets one disrupted patient group outweigh
// two disrupted departments without making harm to the organisations irrelevant; set it to 1 for
// an unweighted count.
import type { PartySide } from '../domain/constants';
import type { CompiledNetwork } from './compileNetwork';
import { propagateImpact } from './propagateImpact';
import { resolveSimulationOptions } from './simulationOptions';
import type { SimulationOptions } from './simulationOptions';

export interface CriticalityOptions extends Pick<SimulationOptions, 'affectedThreshold' | 'disruptedThreshold' | 'maxRounds' | 'tolerance'> {
  readonly externalWeight?: number;
  /** Told after each party's simulation, so a caller off the UI thread can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PartyCriticality {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  /** Σ over the other parties of I × (externalWeight for external customers, else 1). */
  readonly harm: number;
  readonly affected: number;
  readonly disrupted: number;
  readonly externalAffected: number;
  /** False when this party's simulation hit the round cap. */
  readonly converged: boolean;
}

export const DEFAULT_EXTERNAL_WEIGHT = 3;

/** Parties by harm, highest first; ties by name. */
export function criticalityRanking(compiled: CompiledNetwork, options: CriticalityOptions = {}): PartyCriticality[] {
  const { externalWeight = DEFAULT_EXTERNAL_WEIGHT, onProgress, ...simulation } = options;
  if (!(Number.isFinite(externalWeight) && externalWeight >= 0)) {
    throw new RangeError(`externalWeight must be a number of at least 0 (got ${externalWeight}).`);
  }
  const resolved = resolveSimulationOptions(simulation);
  const withdrawn = new Int32Array(1);
  const ranking = compiled.network.parties.map((party, index): PartyCriticality & { index: number } => {
    withdrawn[0] = index;
    const { impact, converged } = propagateImpact(compiled, withdrawn, resolved);
    let harm = 0;
    let affected = 0;
    let disrupted = 0;
    let externalAffected = 0;
    for (let other = 0; other < compiled.partyCount; other++) {
      const value = impact[other]!;
      if (other === index || value === 0) continue;
      harm += compiled.external[other] ? externalWeight * value : value;
      if (value >= resolved.affectedThreshold) {
        affected++;
        if (compiled.external[other]) externalAffected++;
      }
      if (value >= resolved.disruptedThreshold) disrupted++;
    }
    onProgress?.(index + 1, compiled.partyCount);
    return { index, id: party.id, name: party.name, side: party.side, type: party.type, harm, affected, disrupted, externalAffected, converged };
  });
  ranking.sort((a, b) => b.harm - a.harm || compiled.nameRank[a.index]! - compiled.nameRank[b.index]!);
  return ranking.map(({ index: _index, ...entry }) => entry);
}
