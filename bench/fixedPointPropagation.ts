// The first version of the model's propagation, kept only so the benchmark can show the old speed
// beside the cascade's: I(X) = 1 for X in W; I(A) = 1 − Π_B (1 − d(A←B) × I(B)) for everyone
// else, iterated from I = 0 until no value moves more than the tolerance. Around a loop of mutual
// reliance it feeds a loss back into itself and overstates harm (up to 100% where the truth was
// 0.1%), which is why the product no longer uses it (DESIGN.md §4.2, as revised).
//
// This is plain Jacobi iteration (each round reads only the previous round's values), done
// sparsely: a party is recomputed only when one of its providers changed in the previous
// round. Recomputing a party whose inputs did not change would give the identical number, so
// the result equals full Jacobi's while the work follows the wave of change.

export interface PropagationOptions {
  readonly maxRounds: number;
  readonly tolerance: number;
}

export interface Propagation {
  readonly impact: Float64Array;
  /** Rounds in which at least one value changed. */
  readonly rounds: number;
  readonly converged: boolean;
}

interface PropagationGraph {
  readonly partyCount: number;
  readonly dependsOffsets: Int32Array;
  readonly pairProvider: Int32Array;
  readonly pairWeight: Float64Array;
  readonly dependentsOffsets: Int32Array;
  readonly dependentsParty: Int32Array;
}

export function propagateImpact(
  graph: PropagationGraph,
  withdrawn: ArrayLike<number>,
  options: PropagationOptions,
): Propagation {
  const n = graph.partyCount;
  const { dependsOffsets, pairProvider, pairWeight, dependentsOffsets, dependentsParty } = graph;
  const impact = new Float64Array(n);
  const fixed = new Uint8Array(n);
  for (let i = 0; i < withdrawn.length; i++) {
    impact[withdrawn[i]!] = 1;
    fixed[withdrawn[i]!] = 1;
  }
  const active = new Int32Array(n);
  const moved = new Int32Array(n);
  const fresh = new Float64Array(n);
  const marked = new Uint8Array(n);
  let activeCount = markDependents(withdrawn, withdrawn.length);

  let rounds = 0;
  while (activeCount > 0) {
    if (rounds === options.maxRounds) return { impact, rounds, converged: false };
    rounds++;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k]!;
      let untouched = 1;
      for (let p = dependsOffsets[a]!, end = dependsOffsets[a + 1]!; p < end; p++) {
        untouched *= 1 - pairWeight[p]! * impact[pairProvider[p]!]!;
      }
      fresh[k] = 1 - untouched;
    }
    let largestMove = 0;
    let changed = 0;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k]!;
      const move = fresh[k]! - impact[a]!;
      if (move === 0) continue;
      impact[a] = fresh[k]!;
      moved[changed++] = a;
      if (Math.abs(move) > largestMove) largestMove = Math.abs(move);
    }
    if (changed === 0) return { impact, rounds: rounds - 1, converged: true };
    if (largestMove <= options.tolerance) return { impact, rounds, converged: true };
    activeCount = markDependents(moved, changed);
  }
  return { impact, rounds, converged: true };

  // Fills `active` with the parties that are not withdrawn and depend on one of from[0 … count),
  // in ascending order so the next round reads the pair arrays front to back (several times
  // faster than random order on large networks). A pair with d = 0 may list a party
  // needlessly; recomputing it changes nothing.
  function markDependents(from: ArrayLike<number>, count: number): number {
    let size = 0;
    for (let k = 0; k < count; k++) {
      const b = from[k]!;
      for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
        const a = dependentsParty[q]!;
        if (fixed[a] || marked[a]) continue;
        marked[a] = 1;
        size++;
      }
    }
    if (size * 32 < n) {
      // Few parties: collect them by walking the same edges again, then sort the short list.
      let at = 0;
      for (let k = 0; k < count; k++) {
        const b = from[k]!;
        for (let q = dependentsOffsets[b]!, end = dependentsOffsets[b + 1]!; q < end; q++) {
          const a = dependentsParty[q]!;
          if (marked[a] !== 1) continue;
          marked[a] = 0;
          active[at++] = a;
        }
      }
      active.subarray(0, size).sort();
    } else {
      let at = 0;
      for (let a = 0; a < n; a++) {
        if (marked[a] !== 1) continue;
        marked[a] = 0;
        active[at++] = a;
      }
    }
    return size;
  }
}
