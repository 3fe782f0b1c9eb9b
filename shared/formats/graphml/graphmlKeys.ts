// The GraphML attributes Careweave writes, and how attribute names found in other tools' files
// map to its fields. Gephi treats "label", "x", "y", "r", "g", "b" and "weight" specially
// (label, position, colour, edge weight); Cytoscape desktop labels nodes by "name" and types
// edges by "interaction"; yEd draws only what its own graphics keys say. So an export carries
// both the plain attributes every tool keeps and the names each tool draws from.
import { PARTY_FIELD_NAMES, RELATIONSHIP_FIELD_NAMES } from '../../domain';
import type { PartyFieldName, RelationshipFieldName } from '../../domain';
import { normalizeWord, readList } from '../fieldValues';

type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface ExportKey {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: AttributeType;
}

const key = (element: ExportKey['for'], name: string, type: AttributeType): ExportKey => ({ id: `${element[0]}_${name}`, for: element, name, type });

// The type each field is declared with, so the tools keep numbers as numbers. Keyed by the
// domain's field names: a field added to a schema has no attribute until it has a type here.
const PARTY_TYPES: Record<PartyFieldName, AttributeType> = {
  name: 'string',
  shortName: 'string',
  side: 'string',
  type: 'string',
  tags: 'string',
  notes: 'string',
  interests: 'string',
  x: 'double',
  y: 'double',
  partOf: 'string',
};
const RELATIONSHIP_TYPES: Record<RelationshipFieldName, AttributeType> = {
  service: 'string',
  criticality: 'int',
  substitutability: 'string',
  resource: 'string',
  amount: 'double',
  unit: 'string',
  period: 'string',
  startsOn: 'string',
  endsOn: 'string',
  renews: 'boolean',
  level: 'double',
  reliability: 'int',
  missionSupport: 'int',
  openness: 'int',
  assessedAt: 'string',
  assessedBy: 'string',
  notes: 'string',
};

export const GRAPH_KEYS: readonly ExportKey[] = [key('graph', 'name', 'string'), key('graph', 'description', 'string')];

// Every field, with a "label" first and Gephi's colour channels after.
export const NODE_KEYS: readonly ExportKey[] = [
  key('node', 'label', 'string'),
  ...PARTY_FIELD_NAMES.map((name) => key('node', name, PARTY_TYPES[name])),
  ...['r', 'g', 'b'].map((channel) => key('node', channel, 'int')),
];

// Every field, after a "label", the kind, Cytoscape's "interaction" and Gephi's "weight".
export const EDGE_KEYS: readonly ExportKey[] = [
  key('edge', 'label', 'string'),
  key('edge', 'kind', 'string'),
  key('edge', 'interaction', 'string'),
  key('edge', 'weight', 'double'),
  ...RELATIONSHIP_FIELD_NAMES.map((name) => key('edge', name, RELATIONSHIP_TYPES[name])),
];

export const YED_NODE_GRAPHICS_KEY = 'n_graphics';
export const YED_EDGE_GRAPHICS_KEY = 'e_graphics';

export type NodeTarget = 'label' | Exclude<PartyFieldName, 'name'> | 'drawing';
export type EdgeTarget = 'label' | 'kind' | 'interaction' | 'weight' | RelationshipFieldName | 'drawing';

// Each field by its own name (normalised), as Careweave writes it.
const own = <T extends string>(names: readonly T[]): Record<string, T> => Object.fromEntries(names.map((name) => [normalizeWord(name), name]));

// Attribute names (normalised: lower case, no spaces, dashes or underscores) that mean one of
// our fields. "drawing" marks what only describes the look in the tool that wrote it (colours,
// sizes, selection, internal ids); those are left out and listed in the summary.
const NODE_NAMES: Record<string, NodeTarget> = {
  ...own(['label', ...PARTY_FIELD_NAMES.filter((name) => name !== 'name')]),
  name: 'label',
  title: 'label',
  nodelabel: 'label',
  displayname: 'shortName',
  shortlabel: 'shortName',
  customer: 'side',
  partytype: 'type',
  tag: 'tags',
  keywords: 'tags',
  note: 'notes',
  description: 'notes',
  comment: 'notes',
  comments: 'notes',
  r: 'drawing',
  g: 'drawing',
  b: 'drawing',
  size: 'drawing',
  color: 'drawing',
  colour: 'drawing',
  shape: 'drawing',
  // networkx's name for the shape of yEd's drawing, written back when it saves a yEd file.
  shapetype: 'drawing',
  width: 'drawing',
  height: 'drawing',
  z: 'drawing',
  selected: 'drawing',
  suid: 'drawing',
  sharedname: 'drawing',
};

const EDGE_NAMES: Record<string, EdgeTarget> = {
  ...own(['label', 'kind', 'interaction', 'weight', ...RELATIONSHIP_FIELD_NAMES]),
  edgelabel: 'label',
  relationship: 'kind',
  relationshipkind: 'kind',
  type: 'interaction',
  trustlevel: 'level',
  trust: 'level',
  assessedon: 'assessedAt',
  assessed: 'assessedAt',
  starts: 'startsOn',
  startdate: 'startsOn',
  ends: 'endsOn',
  enddate: 'endsOn',
  note: 'notes',
  description: 'notes',
  comment: 'notes',
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

// Cytoscape desktop writes a list column as "[acute, ER]" (an empty one as "[]"); Careweave and
// spreadsheets separate tags with semicolons.
const BRACKETED = /^\[([\s\S]*)\]$/;

export function isEmptyList(text: string): boolean {
  return /^\[\s*\]$/.test(text);
}

export function readTagList(text: string): string[] {
  const inner = BRACKETED.exec(text.trim())?.[1];
  if (inner === undefined) return readList(text);
  return inner
    .split(',')
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/, '$2').trim())
    .filter((item) => item !== '');
}
