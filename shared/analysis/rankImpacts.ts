// DESIGN.md §4.8, the most vulnerable first: affected external customers (patients, clients,
// families), then everyone else still at the table by impact, withdrawn parties last. Ties break
// by name, so the order never depends on the order of the input.
//
// Only parties with some impact need sorting; the rest (usually most of a large network) already
// sit in name order in `nameOrder`.
import type { CompiledNetwork } from './compileNetwork';

export function rankImpacts(
  compiled: Pick<CompiledNetwork, 'partyCount' | 'external' | 'nameRank' | 'nameOrder'>,
  impact: Float64Array,
  isWithdrawn: Uint8Array,
  affectedThreshold: number,
): Int32Array {
  const { external, nameRank, nameOrder } = compiled;
  const hit: number[] = [];
  for (let i = 0; i < compiled.partyCount; i++) if (!isWithdrawn[i] && impact[i]! > 0) hit.push(i);
  const group = (i: number) => (external[i] && impact[i]! >= affectedThreshold ? 0 : 1);
  hit.sort((a, b) => group(a) - group(b) || impact[b]! - impact[a]! || nameRank[a]! - nameRank[b]!);

  const ranked = new Int32Array(compiled.partyCount);
  let size = 0;
  for (const i of hit) ranked[size++] = i;
  for (const i of nameOrder) if (!isWithdrawn[i] && impact[i] === 0) ranked[size++] = i;
  for (const i of nameOrder) if (isWithdrawn[i]) ranked[size++] = i;
  return ranked;
}
