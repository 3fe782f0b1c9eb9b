// Exact chances for the components of a cascade region where that is cheap (DESIGN.md §4.3).
//
// - A component whose links form a tree (ignoring direction): the chains into a party share no
//   uncertain link, so the losses arriving from its providers are independent and the noisy-OR
//   1 − Π(1 − d × I) is exact, computed in dependency order.
// - A component with few uncertain links: every combination of live and dead links is
//   enumerated and weighted by its probability. Links with d = 1 are always live and cost
//   nothing; the root links into one party are merged into one "entry" event, since only whether
//   any of them passes the loss on matters.
// - Anything else is left to sampling (`solved[c] = 0`).
import type { CascadeGraph, CascadeRegion } from './cascadeRegion';

export interface ExactSolution {
  /** Chance per local party; meaningful where its component is solved. */
  readonly chance: Float64Array;
  /** 1 where the component's chances are exact. */
  readonly solved: Uint8Array;
}

export interface ExactBudget {
  /** Most operations one component's enumeration may take. */
  readonly perComponent: number;
  /** Most operations all enumerations together may take. */
  readonly total: number;
  /** Whether trees are solved (always, but for tests of the sampler). */
  readonly trees?: boolean;
}

// About 2^21 steps of a breadth-first pass: a few milliseconds, so enumeration never costs more
// than the sampling it replaces would.
export const DEFAULT_EXACT_BUDGET: ExactBudget = { perComponent: 1 << 21, total: 1 << 23 };

// 2^24 combinations is far past any budget; the cap keeps the shift below 32 bits.
const MOST_EVENTS = 24;

export function solveExactly(graph: CascadeGraph, region: CascadeRegion, budget: ExactBudget = DEFAULT_EXACT_BUDGET): ExactSolution {
  const u = region.nodes.length;
  const entry = entryChances(graph, region);
  const parents = parentLists(region);
  const chance = new Float64Array(u);
  const components = region.componentOffsets.length - 1;
  const solved = new Uint8Array(components);
  let budgetLeft = budget.total;
  const scratch = { reached: new Uint8Array(u), total: new Float64Array(u) };
  for (let c = 0; c < components; c++) {
    const members = region.componentMembers.subarray(region.componentOffsets[c]!, region.componentOffsets[c + 1]!);
    let links = 0;
    for (const b of members) links += region.innerOffsets[b + 1]! - region.innerOffsets[b]!;
    if (links === members.length - 1 && budget.trees !== false) {
      solveTree(graph, region, members, entry, parents, chance);
      solved[c] = 1;
      continue;
    }
    const events = countEvents(graph, region, members, entry);
    if (events > MOST_EVENTS) continue;
    const cost = 2 ** events * (members.length + links + events);
    if (cost > budget.perComponent || cost > budgetLeft) continue;
    budgetLeft -= cost;
    enumerate(graph, region, members, entry, chance, scratch);
    solved[c] = 1;
  }
  return { chance, solved };
}

/** Per local party: the chance that at least one root link passes the loss into it. */
function entryChances(graph: CascadeGraph, region: CascadeRegion): Float64Array {
  const untouched = new Float64Array(region.nodes.length).fill(1);
  region.rootPair.forEach((pair, k) => {
    untouched[region.rootDependent[k]!]! *= 1 - graph.pairWeight[pair]!;
  });
  return untouched.map((value) => 1 - value);
}

/** Inner links by dependent: link numbers (positions in innerPair) at linkOfParent[offsets[a] … offsets[a + 1]). */
function parentLists(region: CascadeRegion): { offsets: Int32Array; providers: Int32Array; links: Int32Array } {
  const u = region.nodes.length;
  const offsets = new Int32Array(u + 1);
  for (const a of region.innerDependent) offsets[a + 1]!++;
  for (let a = 0; a < u; a++) offsets[a + 1]! += offsets[a]!;
  const fill = offsets.slice(0, u);
  const providers = new Int32Array(region.innerDependent.length);
  const links = new Int32Array(region.innerDependent.length);
  for (let b = 0; b < u; b++) {
    for (let k = region.innerOffsets[b]!; k < region.innerOffsets[b + 1]!; k++) {
      const at = fill[region.innerDependent[k]!]!++;
      providers[at] = b;
      links[at] = k;
    }
  }
  return { offsets, providers, links };
}

function solveTree(
  graph: CascadeGraph,
  region: CascadeRegion,
  members: Int32Array,
  entry: Float64Array,
  parents: ReturnType<typeof parentLists>,
  chance: Float64Array,
): void {
  // Kahn's order: a party is computed once all its providers in the component are.
  const waiting = new Map<number, number>();
  const ready: number[] = [];
  for (const a of members) {
    const count = parents.offsets[a + 1]! - parents.offsets[a]!;
    if (count === 0) ready.push(a);
    else waiting.set(a, count);
  }
  while (ready.length > 0) {
    const a = ready.pop()!;
    let untouched = 1 - entry[a]!;
    for (let k = parents.offsets[a]!; k < parents.offsets[a + 1]!; k++) {
      untouched *= 1 - graph.pairWeight[region.innerPair[parents.links[k]!]!]! * chance[parents.providers[k]!]!;
    }
    chance[a] = 1 - untouched;
    for (let k = region.innerOffsets[a]!; k < region.innerOffsets[a + 1]!; k++) {
      const next = region.innerDependent[k]!;
      const left = waiting.get(next)! - 1;
      if (left === 0) {
        waiting.delete(next);
        ready.push(next);
      } else waiting.set(next, left);
    }
  }
}

function countEvents(graph: CascadeGraph, region: CascadeRegion, members: Int32Array, entry: Float64Array): number {
  let events = 0;
  for (const b of members) {
    if (entry[b]! > 0) events++;
    for (let k = region.innerOffsets[b]!; k < region.innerOffsets[b + 1]!; k++) if (graph.pairWeight[region.innerPair[k]!]! < 1) events++;
  }
  return events;
}

function enumerate(
  graph: CascadeGraph,
  region: CascadeRegion,
  members: Int32Array,
  entry: Float64Array,
  chance: Float64Array,
  { reached, total }: { reached: Uint8Array; total: Float64Array },
): void {
  // Events: first the entries, then the uncertain inner links; eventOfLink is -1 for d = 1.
  const entryEvents: number[] = [];
  const chances: number[] = [];
  const eventOfLink = new Map<number, number>();
  for (const b of members) {
    if (entry[b]! > 0) {
      entryEvents.push(b);
      chances.push(entry[b]!);
    }
  }
  for (const b of members) {
    for (let k = region.innerOffsets[b]!; k < region.innerOffsets[b + 1]!; k++) {
      const weight = graph.pairWeight[region.innerPair[k]!]!;
      if (weight < 1) {
        eventOfLink.set(k, chances.length);
        chances.push(weight);
      }
    }
  }
  const events = chances.length;
  const stack: number[] = [];
  for (let combination = 0; combination < 2 ** events; combination++) {
    let probability = 1;
    for (let e = 0; e < events; e++) probability *= (combination >>> e) & 1 ? chances[e]! : 1 - chances[e]!;
    if (probability === 0) continue;
    entryEvents.forEach((b, e) => {
      if ((combination >>> e) & 1 && !reached[b]) {
        reached[b] = 1;
        stack.push(b);
      }
    });
    const visited: number[] = [];
    while (stack.length > 0) {
      const b = stack.pop()!;
      visited.push(b);
      for (let k = region.innerOffsets[b]!; k < region.innerOffsets[b + 1]!; k++) {
        const a = region.innerDependent[k]!;
        if (reached[a]) continue;
        const event = eventOfLink.get(k);
        if (event !== undefined && !((combination >>> event) & 1)) continue;
        reached[a] = 1;
        stack.push(a);
      }
    }
    for (const b of visited) {
      total[b]! += probability;
      reached[b] = 0;
    }
  }
  for (const b of members) {
    chance[b] = Math.min(1, total[b]!);
    total[b] = 0;
  }
}
