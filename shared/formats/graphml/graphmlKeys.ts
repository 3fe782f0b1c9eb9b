// The GraphML attributes Careweave writes, and how attribute names found in other tools' files
// map to its fields. Gephi treats "label", "x", "y", "r", "g", "b" and "weight" specially
// (label, position, colour, edge weight); Cytoscape desktop labels nodes by "name" and types
// edges by "interaction"; yEd draws only what its own graphics keys say. So an export carries
// both the plain attributes every tool keeps and the names each tool draws from.
import { normalizeWord } from '../fieldValues';

export interface ExportKey {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double';
}

export const GRAPH_KEYS: readonly ExportKey[] = [
  { id: 'g_name', for: 'graph', name: 'name', type: 'string' },
  { id: 'g_description', for: 'graph', name: 'description', type: 'string' },
];

export const NODE_KEYS: readonly ExportKey[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_side', for: 'node', name: 'side', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_tags', for: 'node', name: 'tags', type: 'string' },
  { id: 'n_notes', for: 'node', name: 'notes', type: 'string' },
  { id: 'n_interests', for: 'node', name: 'interests', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_r', for: 'node', name: 'r', type: 'int' },
  { id: 'n_g', for: 'node', name: 'g', type: 'int' },
  { id: 'n_b', for: 'node', name: 'b', type: 'int' },
];

export const EDGE_KEYS: readonly ExportKey[] = [
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'e_interaction', for: 'edge', name: 'interaction', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_service', for: 'edge', name: 'service', type: 'string' },
  { id: 'e_criticality', for: 'edge', name: 'criticality', type: 'int' },
  { id: 'e_substitutability', for: 'edge', name: 'substitutability', type: 'string' },
  { id: 'e_resource', for: 'edge', name: 'resource', type: 'string' },
  { id: 'e_amount', for: 'edge', name: 'amount', type: 'double' },
  { id: 'e_unit', for: 'edge', name: 'unit', type: 'string' },
  { id: 'e_period', for: 'edge', name: 'period', type: 'string' },
  { id: 'e_level', for: 'edge', name: 'level', type: 'double' },
  { id: 'e_reliability', for: 'edge', name: 'reliability', type: 'int' },
  { id: 'e_missionSupport', for: 'edge', name: 'missionSupport', type: 'int' },
  { id: 'e_openness', for: 'edge', name: 'openness', type: 'int' },
  { id: 'e_assessedAt', for: 'edge', name: 'assessedAt', type: 'string' },
  { id: 'e_notes', for: 'edge', name: 'notes', type: 'string' },
];

export const YED_NODE_GRAPHICS_KEY = 'n_graphics';
export const YED_EDGE_GRAPHICS_KEY = 'e_graphics';

export type NodeTarget = 'label' | 'side' | 'type' | 'tags' | 'notes' | 'interests' | 'x' | 'y' | 'drawing';
export type EdgeTarget =
  | 'label'
  | 'kind'
  | 'interaction'
  | 'service'
  | 'criticality'
  | 'substitutability'
  | 'resource'
  | 'amount'
  | 'unit'
  | 'period'
  | 'level'
  | 'reliability'
  | 'missionSupport'
  | 'openness'
  | 'assessedAt'
  | 'notes'
  | 'weight'
  | 'drawing';

// Attribute names (normalised: lower case, no spaces, dashes or underscores) that mean one of
// our fields. "drawing" marks what only describes the look in the tool that wrote it (colours,
// sizes, selection, internal ids); those are left out and listed in the summary.
const NODE_NAMES: Record<string, NodeTarget> = {
  label: 'label',
  name: 'label',
  title: 'label',
  nodelabel: 'label',
  side: 'side',
  customer: 'side',
  type: 'type',
  partytype: 'type',
  tags: 'tags',
  tag: 'tags',
  keywords: 'tags',
  notes: 'notes',
  note: 'notes',
  description: 'notes',
  comment: 'notes',
  comments: 'notes',
  interests: 'interests',
  x: 'x',
  y: 'y',
  r: 'drawing',
  g: 'drawing',
  b: 'drawing',
  size: 'drawing',
  color: 'drawing',
  colour: 'drawing',
  shape: 'drawing',
  width: 'drawing',
  height: 'drawing',
  z: 'drawing',
  selected: 'drawing',
  suid: 'drawing',
  sharedname: 'drawing',
};

const EDGE_NAMES: Record<string, EdgeTarget> = {
  label: 'label',
  edgelabel: 'label',
  kind: 'kind',
  relationship: 'kind',
  relationshipkind: 'kind',
  interaction: 'interaction',
  type: 'interaction',
  service: 'service',
  criticality: 'criticality',
  substitutability: 'substitutability',
  resource: 'resource',
  amount: 'amount',
  unit: 'unit',
  period: 'period',
  level: 'level',
  trustlevel: 'level',
  trust: 'level',
  reliability: 'reliability',
  missionsupport: 'missionSupport',
  openness: 'openness',
  assessedat: 'assessedAt',
  assessedon: 'assessedAt',
  assessed: 'assessedAt',
  notes: 'notes',
  note: 'notes',
  description: 'notes',
  comment: 'notes',
  weight: 'weight',
  r: 'drawing',
  g: 'drawing',
  b: 'drawing',
  color: 'drawing',
  colour: 'drawing',
  selected: 'drawing',
  suid: 'drawing',
  sharedname: 'drawing',
  sharedinteraction: 'drawing',
  name: 'drawing',
  edgeid: 'drawing',
};

export function nodeTarget(attributeName: string): NodeTarget | null {
  return NODE_NAMES[normalizeWord(attributeName)] ?? null;
}

export function edgeTarget(attributeName: string): EdgeTarget | null {
  return EDGE_NAMES[normalizeWord(attributeName)] ?? null;
}
