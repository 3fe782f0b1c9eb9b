// DESIGN.md §4.10: an affected party that trusts its remaining partners little "may also step
// away": risk = I × (1 − meanTrust / 5).
//
// Partners are the parties it has any relationship with, in either direction. meanTrust is the
// mean of its TRUSTS levels toward partners that have not withdrawn (trust in a party that has
// left no longer holds anyone at the table). Partners it has not rated are left out rather than
// counted as 3, so one stated low trust is not diluted by silence; a party that has rated none of
// its remaining partners gets the neutral 3. (Every TRUSTS target is a partner by definition, so
// in practice: the mean over its trust edges to non-withdrawn parties.)
import { NEUTRAL_TRUST, TRUST_MAX } from './modelConstants';
import type { CompiledNetwork } from './compileNetwork';

export interface SecondaryRisk {
  readonly meanTrust: Float64Array;
  readonly risk: Float64Array;
}

export function secondaryRisk(
  compiled: Pick<CompiledNetwork, 'partyCount' | 'trustOffsets' | 'trustTarget' | 'trustLevel'>,
  impact: Float64Array,
  isWithdrawn: Uint8Array,
): SecondaryRisk {
  const meanTrust = new Float64Array(compiled.partyCount);
  const risk = new Float64Array(compiled.partyCount);
  for (let a = 0; a < compiled.partyCount; a++) {
    if (isWithdrawn[a]) continue;
    let sum = 0;
    let count = 0;
    for (let t = compiled.trustOffsets[a]!, end = compiled.trustOffsets[a + 1]!; t < end; t++) {
      if (isWithdrawn[compiled.trustTarget[t]!]) continue;
      sum += compiled.trustLevel[t]!;
      count++;
    }
    meanTrust[a] = count === 0 ? NEUTRAL_TRUST : sum / count;
    risk[a] = impact[a]! * (1 - meanTrust[a]! / TRUST_MAX);
  }
  return { meanTrust, risk };
}
