// One entry for every algorithm, used inside the layout worker (and by tests and benchmarks).
import { concentricLayout } from '../core/layouts/concentricLayout';
import { cytoscapeLayout } from './cytoscapeLayout';
import { forceAtlas2Layout } from '../core/layouts/forceAtlas2Layout';
import type { Progress } from '../core/layouts/forceAtlas2Layout';
import { normaliseSpread } from '../core/layouts/layoutInput';
import type { LayoutInput, LayoutResult } from '../core/layouts/layoutInput';
import type { LayoutAlgorithm } from '../core/layouts/layoutRegistry';

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
