// Betweenness and cut vertices checked against implementations that share no code with ours, on
// random networks: a brute force that enumerates every simple path (small networks), and
// Cytoscape's own betweennessCentrality and hopcroftTarjanBiconnected (larger ones).
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { betweenness, cutOff, cutVertices } from '../../shared/insight';
import { networkArbitrary } from '../analysis/networkArbitrary';

const relianceArcs = (net: ImpactNetwork) => net.relationships.filter((r) => r.kind === 'RELIES_ON').map((r) => [r.source, r.target] as const);
const links = (net: ImpactNetwork) => net.relationships.filter((r) => r.kind !== 'TRUSTS').map((r) => [r.source, r.target] as const);

/** Every simple path s → t, keep the shortest, share each pair's one unit among them. Unnormalised. */
function bruteBetweenness(net: ImpactNetwork): Record<string, number> {
  const ids = net.parties.map((p) => p.id);
  const out = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of relianceArcs(net)) out.get(a)!.add(b);
  const score = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const s of ids) {
    for (const t of ids) {
      if (s === t) continue;
      const paths: string[][] = [];
      const walk = (path: string[]) => {
        const last = path.at(-1)!;
        if (last === t) return void paths.push(path);
        for (const next of out.get(last)!) if (!path.includes(next)) walk([...path, next]);
      };
      walk([s]);
      if (paths.length === 0) continue;
      const shortest = Math.min(...paths.map((p) => p.length));
      const best = paths.filter((p) => p.length === shortest);
      for (const path of best) for (const v of path.slice(1, -1)) score[v]! += 1 / best.length;
    }
  }
  return score;
}

function neighbourhoods(net: ImpactNetwork) {
  const ids = net.parties.map((p) => p.id);
  const near = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of links(net)) {
    near.get(a)!.add(b);
    near.get(b)!.add(a);
  }
  return near;
}

function reachWithout(near: Map<string, Set<string>>) {
  return (from: string, without: string) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      for (const w of near.get(queue.pop()!)!) {
        if (w === without || seen.has(w)) continue;
        seen.add(w);
        queue.push(w);
      }
    }
    return seen;
  };
}

/** v is a cut vertex when two of its neighbours no longer reach each other without it. */
function bruteCutVertices(net: ImpactNetwork): Record<string, boolean> {
  const ids = net.parties.map((p) => p.id);
  const near = neighbourhoods(net);
  const reach = reachWithout(near);
  return Object.fromEntries(
    ids.map((v) => {
      const neighbours = [...near.get(v)!];
      const first = neighbours[0];
      if (first === undefined) return [v, false];
      const reached = reach(first, v);
      return [v, neighbours.some((w) => !reached.has(w))];
    }),
  );
}

/** The pieces left around v, all but the largest, counted. */
function bruteSeparated(net: ImpactNetwork, v: string): number {
  const near = neighbourhoods(net);
  const reach = reachWithout(near);
  const pieces: number[] = [];
  const done = new Set<string>();
  for (const w of near.get(v)!) {
    if (done.has(w)) continue;
    const piece = reach(w, v);
    piece.forEach((x) => done.add(x));
    pieces.push(piece.size);
  }
  pieces.sort((a, b) => a - b).pop();
  return pieces.reduce((sum, size) => sum + size, 0);
}

function cytoscapeOf(net: ImpactNetwork, arcs: readonly (readonly [string, string])[]) {
  const seen = new Set<string>();
  const edges = arcs.filter(([a, b]) => !seen.has(`${a}>${b}`) && seen.add(`${a}>${b}`)).map(([source, target], i) => ({ data: { id: `e${i}`, source, target } }));
  return cytoscape({ headless: true, elements: [...net.parties.map((p) => ({ data: { id: p.id } })), ...edges] });
}

const n = (net: ImpactNetwork) => net.parties.length;
const normaliser = (net: ImpactNetwork) => (n(net) > 2 ? (n(net) - 1) * (n(net) - 2) : 1);

describe('cross-checks on random networks', () => {
  it('betweenness matches a brute force over every simple path', () => {
    fc.assert(
      fc.property(networkArbitrary('p', 7, 3), (net) => {
        const ours = betweenness(net, { normalized: false });
        const brute = bruteBetweenness(net);
        for (const id of Object.keys(brute)) expect(ours[id]).toBeCloseTo(brute[id]!, 9);
        const normalised = betweenness(net);
        for (const id of Object.keys(brute)) expect(normalised[id]).toBeCloseTo(n(net) > 2 ? brute[id]! / normaliser(net) : 0, 9);
      }),
      { seed: 20_261_211, numRuns: 200 },
    );
  });

  it('cut vertices match a brute force that removes each party in turn', () => {
    fc.assert(
      fc.property(networkArbitrary('p', 10, 2), (net) => {
        const cut = cutVertices(net);
        expect(cut).toEqual(bruteCutVertices(net));
        const separated = cutOff(net);
        for (const [id, isCut] of Object.entries(cut)) expect(separated[id]?.count ?? 0).toBe(isCut ? bruteSeparated(net, id) : 0);
      }),
      { seed: 20_261_212, numRuns: 300 },
    );
  });

  it('betweenness and cut vertices match Cytoscape on larger generated networks', () => {
    for (const [parties, relationships, seed, regionSize] of [
      [60, 150, 1, 60],
      [120, 260, 2, 30],
      [200, 500, 3, 200],
      [150, 200, 4, 50],
    ] as const) {
      const net = generateNetwork({ parties, relationships, seed, regionSize, crossRegionShare: regionSize === parties ? 0 : 0.1 });
      const ours = betweenness(net, { normalized: false });
      const directed = cytoscapeOf(net, relianceArcs(net));
      const theirs = directed.elements().betweennessCentrality({ directed: true });
      for (const party of net.parties) expect(ours[party.id]).toBeCloseTo(theirs.betweenness(directed.getElementById(party.id)), 6);
      expect(Math.max(...Object.values(ours))).toBeGreaterThan(0);
      const undirected = cytoscapeOf(net, links(net));
      const cut = new Set(undirected.elements().hopcroftTarjanBiconnected().cut.map((node) => node.id()));
      const mine = cutVertices(net);
      expect(Object.keys(mine).filter((id) => mine[id])).toEqual(net.parties.map((p) => p.id).filter((id) => cut.has(id)));
      expect(cut.size).toBeGreaterThan(0);
    }
  });
});
