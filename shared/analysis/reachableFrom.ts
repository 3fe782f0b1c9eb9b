// The parties a withdrawal can reach at all: those with a dependency path of d > 0 pairs from W.
// It equals the parties that end up with impact > 0 once propagation has converged, and is what
// the variable-length Cypher query in the benchmark computes. A RELIES_ON always gives d > 0; a
// RESOURCE_FLOW gives d > 0 unless its amount is 0 and every flow of that kind into the
// recipient has a known amount.
import type { CompiledNetwork } from './compileNetwork';
import { hopDistances } from './hopDistances';
import { resolveWithdrawn } from './resolveWithdrawn';

/** Ids of the reached parties, withdrawn parties excluded, sorted by id. */
export function reachableFrom(compiled: CompiledNetwork, withdrawnIds: readonly string[]): string[] {
  const hops = hopDistances(compiled, resolveWithdrawn(compiled, withdrawnIds));
  const reached: string[] = [];
  hops.forEach((hop, index) => {
    if (hop > 0) reached.push(compiled.network.parties[index]!.id);
  });
  return reached.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
