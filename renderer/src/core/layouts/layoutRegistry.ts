// Every layout the map offers, in one list. A descriptor says what it is called, what it does
// in words a program director understands, and which algorithm draws a map of a given size.
export type LayoutId = 'force' | 'concentric' | 'hierarchical';
export type LayoutAlgorithm = 'fcose' | 'forceAtlas2' | 'dagre' | 'concentric';

export type LayoutDescriptor = {
  id: LayoutId;
  label: string;
  description: string;
  algorithmFor: (partyCount: number) => LayoutAlgorithm;
};

// fcose gives the nicest small maps but grows steeply (about 16 s at 1,000 nodes measured in
// Node, TECH-NOTES.md); above this size ForceAtlas2 with Barnes-Hut takes over.
export const FCOSE_MAX_PARTIES = 300;

export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'force',
    label: 'Force-directed',
    description: 'Connected parties pull together, unrelated ones drift apart: clusters of partners show up.',
    algorithmFor: (partyCount) => (partyCount <= FCOSE_MAX_PARTIES ? 'fcose' : 'forceAtlas2'),
  },
  {
    id: 'concentric',
    label: 'Concentric',
    description: 'Internal customers in the middle, the most connected innermost; patients, clients and families around them.',
    algorithmFor: () => 'concentric',
  },
  {
    id: 'hierarchical',
    label: 'Hierarchical (reliance)',
    description: 'Follows reliance: who relies on whom, top to bottom. Trust and resource flows do not shape it.',
    algorithmFor: () => 'dagre',
  },
];

export function layoutById(id: LayoutId): LayoutDescriptor {
  const layout = LAYOUTS.find((candidate) => candidate.id === id);
  if (!layout) throw new Error(`Unknown layout "${id}".`);
  return layout;
}

// Only the per-iteration algorithm can say how far along it is.
export function reportsProgress(algorithm: LayoutAlgorithm): boolean {
  return algorithm === 'forceAtlas2';
}
