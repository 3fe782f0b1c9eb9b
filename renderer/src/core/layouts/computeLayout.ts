// One entry for every algorithm, used inside the layout worker (and by tests and benchmarks).
import { concentricLayout } from './concentricLayout';
import { cytoscapeLayout } from './cytoscapeLayout';
import { forceAtlas2Layout } from './forceAtlas2Layout';
import type { Progress } from './forceAtlas2Layout';
import { normaliseSpread } from './layoutInput';
import type { LayoutInput, LayoutResult } from './layoutInput';
import type { LayoutAlgorithm } from './layoutRegistry';

export function computeLayout(algorithm: LayoutAlgorithm, input: LayoutInput, onProgress?: Progress): LayoutResult {
  switch (algorithm) {
    case 'concentric':
      return concentricLayout(input);
    case 'forceAtlas2':
      return normaliseSpread(forceAtlas2Layout(input, onProgress));
    case 'fcose':
      return cytoscapeLayout(input, 'fcose');
    case 'dagre':
      return cytoscapeLayout(input, 'dagre');
  }
}
