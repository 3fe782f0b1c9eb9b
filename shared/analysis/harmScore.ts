// The harm one withdrawal does (DESIGN.md §4.12): Σ of everyone else's chance of losing what they
// need, patients, clients and families weighing `externalWeight` times as much, with its margin and
// the counts behind it. Shared by the party ranking and the organisation ranking, so both score a
// withdrawal the same way.
import type { Cascade } from './cascade';
import type { CompiledNetwork } from './compileNetwork';

export interface HarmScore {
  /** Σ over the parties not withdrawn of I × (externalWeight for external customers, else 1). */
  readonly harm: number;
  /** 95% margin of `harm`; 0 when every chance behind it is exact. */
  readonly harmMargin: number;
  readonly affected: number;
  readonly disrupted: number;
  readonly externalAffected: number;
}

export function harmScore(
  compiled: Pick<CompiledNetwork, 'external'>,
  cascade: Cascade,
  externalWeight: number,
  thresholds: { affectedThreshold: number; disruptedThreshold: number },
): HarmScore {
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
  return { harm, harmMargin: cascade.harmMargin(externalWeight), affected, disrupted, externalAffected };
}

/** External customers' weight, checked once for every ranking. */
export function checkExternalWeight(externalWeight: number): number {
  if (!(Number.isFinite(externalWeight) && externalWeight >= 0)) {
    throw new RangeError(`externalWeight must be a number of at least 0 (got ${externalWeight}).`);
  }
  return externalWeight;
}
