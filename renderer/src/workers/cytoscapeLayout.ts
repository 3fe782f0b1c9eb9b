// fcose (small maps) and dagre (hierarchy along reliance) run on a headless Cytoscape, which
// needs no page, so the same code runs in the layout worker and in tests.
import cytoscape from 'cytoscape';
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutInput, LayoutResult } from '../core/layouts/layoutInput';

cytoscape.use(fcose);
cytoscape.use(dagre);

export type CytoscapeAlgorithm = 'fcose' | 'dagre';

const OPTIONS: Record<CytoscapeAlgorithm, LayoutOptions> = {
  fcose: {
    name: 'fcose',
    animate: false,
    randomize: true,
    quality: 'default',
    // Tuned on the sample network (41 parties, 127 relationships, a few hubs): closest pairs
    // about 80 px apart, typical ones 120 px, so shortened labels do not overprint.
    nodeRepulsion: () => 100_000,
    idealEdgeLength: () => 180,
    gravity: 0.1,
    nodeSeparation: 90,
  } as LayoutOptions,
  // A → B "A relies on B" puts A above B: the people relying on others at the top, what
  // everything rests on at the bottom.
  dagre: { name: 'dagre', rankDir: 'TB', nodeSep: 40, rankSep: 90, edgeSep: 10, animate: false } as LayoutOptions,
};

export function cytoscapeLayout(input: LayoutInput, algorithm: CytoscapeAlgorithm): LayoutResult {
  const ids = new Set(input.nodes.map((node) => node.id));
  // The hierarchy follows reliance only; trust and flows would tie it into knots.
  const edges = input.edges.filter(
    (edge) => edge.source !== edge.target && ids.has(edge.source) && ids.has(edge.target) && (algorithm !== 'dagre' || edge.kind === 'RELIES_ON'),
  );
  const elements: ElementDefinition[] = [
    ...input.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, w: node.width, h: node.height } })),
    ...edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: edge.source, target: edge.target } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  try {
    cy.layout(OPTIONS[algorithm]).run();
    return cy.nodes().map((node) => ({ id: String(node.id()), x: node.position('x'), y: node.position('y') }));
  } finally {
    cy.destroy();
  }
}
