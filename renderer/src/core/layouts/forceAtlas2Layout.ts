// ForceAtlas2 (graphology) for large maps, run in slices so the worker can report progress and
// be stopped between slices. Barnes-Hut makes each iteration O(n log n); fcose, measured at
// about 16 s for 1,000 nodes, does not scale this far (see shared/TECH-NOTES.md).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutInput, LayoutResult } from './layoutInput';
import { seededRandom } from '../../../../shared/analysis/seededRandom';

export type Progress = (done: number, total: number) => void;

// More iterations for small maps, where they are cheap; large maps settle in fewer because
// Barnes-Hut and the inferred scaling already spread them (measured in bench/map.bench.ts).
export function iterationsFor(nodeCount: number): number {
  if (nodeCount <= 1_000) return 400;
  if (nodeCount <= 5_000) return 200;
  return 120;
}

export function forceAtlas2Layout(input: LayoutInput, onProgress: Progress = () => {}, slice = 20): LayoutResult {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  // A seeded start, so the same map gives the same layout.
  const random = seededRandom(input.nodes.length);
  const spread = Math.sqrt(input.nodes.length) * 10;
  for (const node of input.nodes) {
    // Start from random places, not saved ones: a force layout is asked for a fresh arrangement.
    graph.addNode(node.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, size: 1 });
  }
  for (const edge of input.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    // Several relationships between the same two parties pull harder, as one heavier edge.
    if (graph.hasEdge(edge.source, edge.target)) graph.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(edge.source, edge.target, { weight: 1 });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false };
  const total = iterationsFor(graph.order);
  for (let done = 0; done < total; done += slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(slice, total - done), settings, getEdgeWeight: 'weight' });
    onProgress(Math.min(done + slice, total), total);
  }
  return graph.mapNodes((id, attributes) => ({ id, x: attributes.x as number, y: attributes.y as number }));
}
