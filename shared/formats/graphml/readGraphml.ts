// Reads GraphML text into plain lists of keys, nodes and edges, whatever tool wrote it. yEd's
// groups (nodes holding a nested graph) are organisations: the group is a node of its own, and
// the nodes inside it remember it as their organisation. Safety first: a DOCTYPE is refused before parsing, and the
// parser runs with entity processing off (xmlText.ts decodes the predefined entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { drawingRole } from './drawingKeys';
import type { DrawingRole } from './drawingKeys';
import { decodeXmlEntities, findUnsafeXml } from './xmlText';

export interface GraphmlKey {
  id: string;
  /** attr.name, or the id when a tool left the name out. */
  name: string;
  type: string | null;
  for: string;
  /**
   * What a key of yEd (yfiles.type) or of yFiles for HTML and yEd Live (y:attr.uri) holds: a
   * drawing to read names, positions and user data from, or only the look (see drawingRole).
   */
  drawing: DrawingRole | null;
  default: string | null;
}

type XmlObject = Record<string, unknown>;

export interface GraphmlData {
  key: string;
  text: string;
  element: XmlObject;
}

export interface GraphmlNode {
  id: string;
  data: GraphmlData[];
  groups: string[];
  /** GraphML's own <desc> element. */
  desc: string | null;
  /** The id of the group node this node is directly inside, if any. */
  organisation: string | null;
  /** For a group node, the name yEd shows on it. */
  groupLabel: string | null;
}

export interface GraphmlEdge {
  id: string | null;
  source: string;
  target: string;
  directed: boolean;
  data: GraphmlData[];
  /** A label written as an attribute of the edge element (Gephi), and GraphML's <desc>. */
  label: string | null;
  desc: string | null;
}

/**
 * Keys by id for one kind of element. Cytoscape desktop gives a node key and an edge key the
 * same id ("name"), which GraphML forbids but tools accept, so the element kind is part of the
 * lookup.
 */
export interface GraphmlKeys {
  all: readonly GraphmlKey[];
  lookup(id: string, domain: 'node' | 'edge' | 'graph'): GraphmlKey | undefined;
}

export interface GraphmlDocument {
  keys: GraphmlKeys;
  graphData: GraphmlData[];
  nodes: GraphmlNode[];
  edges: GraphmlEdge[];
  groupIds: Set<string>;
  undirectedEdges: number;
  hyperedges: number;
}

export type ReadGraphmlResult = { ok: true; document: GraphmlDocument } | { ok: false; message: string; line: number | null };

const ARRAYS = new Set(['key', 'graph', 'node', 'edge', 'data', 'hyperedge', 'NodeLabel', 'EdgeLabel']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Entities stay as written: no DOCTYPE entities, no external entities, no expansion at all.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  isArray: (name) => ARRAYS.has(name),
});

export function list(value: unknown): XmlObject[] {
  if (Array.isArray(value)) return value.filter((item): item is XmlObject => typeof item === 'object' && item !== null);
  return typeof value === 'object' && value !== null ? [value as XmlObject] : [];
}

export function attr(element: XmlObject, name: string): string | null {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : null;
}

/** The text of an element: its own characters (entities decoded) and CDATA sections, joined. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return decodeXmlEntities(value);
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (typeof value !== 'object' || value === null) return '';
  const element = value as XmlObject;
  return `${textOf(element['#text'])}${typeof element['#cdata'] === 'string' ? element['#cdata'] : textOf(element['#cdata'])}`;
}

function readKeys(root: XmlObject): GraphmlKeys {
  const all: GraphmlKey[] = [];
  for (const key of list(root.key)) {
    const id = attr(key, 'id');
    if (id === null) continue;
    const defaultElement = key.default;
    all.push({
      id,
      name: attr(key, 'attr.name') ?? id,
      type: attr(key, 'attr.type'),
      for: attr(key, 'for') ?? 'all',
      drawing: drawingRole(attr(key, 'yfiles.type'), attr(key, 'attr.uri')),
      default: defaultElement === undefined ? null : textOf(defaultElement),
    });
  }
  const byId = new Map<string, GraphmlKey[]>();
  for (const key of all) byId.set(key.id, [...(byId.get(key.id) ?? []), key]);
  return {
    all,
    lookup(id, domain) {
      const candidates = byId.get(id) ?? [];
      return candidates.find((key) => key.for === domain) ?? candidates.find((key) => key.for === 'all') ?? candidates[0];
    },
  };
}

function readData(element: XmlObject): GraphmlData[] {
  return list(element.data).flatMap((data) => {
    const key = attr(data, 'key');
    return key === null ? [] : [{ key, text: textOf(data), element: data }];
  });
}

function descOf(element: XmlObject): string | null {
  const text = element.desc === undefined ? '' : textOf(element.desc).trim();
  return text === '' ? null : text;
}

function groupLabel(node: XmlObject, keys: GraphmlKeys): string {
  for (const data of readData(node)) {
    const key = keys.lookup(data.key, 'node');
    if (key && /^(label|name)$/i.test(key.name) && data.text.trim()) return data.text.trim();
    const labels = list((data.element.ProxyAutoBoundsNode as XmlObject | undefined)?.Realizers).flatMap((realizers) =>
      list(realizers.GroupNode).flatMap((group) => (group.NodeLabel === undefined ? [] : [textOf(group.NodeLabel).trim()])),
    );
    if (labels[0]) return labels[0];
  }
  return attr(node, 'id') ?? 'group';
}

function walk(graph: XmlObject, keys: GraphmlKeys, groups: string[], into: GraphmlDocument, undirected: boolean, organisation: string | null = null): void {
  const edgeDefaultUndirected = attr(graph, 'edgedefault') === 'undirected' || (attr(graph, 'edgedefault') === null && undirected);
  for (const node of list(graph.node)) {
    const id = attr(node, 'id') ?? '';
    const nested = list(node.graph);
    if (nested.length > 0) {
      into.groupIds.add(id);
      const label = groupLabel(node, keys);
      into.nodes.push({ id, data: readData(node), groups, desc: descOf(node), organisation, groupLabel: label });
      for (const inner of nested) walk(inner, keys, [...groups, label], into, edgeDefaultUndirected, id);
    } else {
      into.nodes.push({ id, data: readData(node), groups, desc: descOf(node), organisation, groupLabel: null });
    }
  }
  for (const edge of list(graph.edge)) {
    const directedAttr = attr(edge, 'directed');
    const directed = directedAttr === null ? !edgeDefaultUndirected : directedAttr !== 'false';
    if (!directed) into.undirectedEdges += 1;
    into.edges.push({
      id: attr(edge, 'id'),
      source: attr(edge, 'source') ?? '',
      target: attr(edge, 'target') ?? '',
      directed,
      data: readData(edge),
      label: attr(edge, 'label'),
      desc: descOf(edge),
    });
  }
  into.hyperedges += list(graph.hyperedge).length;
}

// A file cut off while it was saved, copied or downloaded opens <graphml> and never closes it;
// the validator then names the elements left open, which means nothing to a person.
function truncation(text: string): ReadGraphmlResult | null {
  const opened = /<([\w.-]+:)?graphml[\s>]/.test(text);
  const closed = /<\/([\w.-]+:)?graphml\s*>\s*(<!--[\s\S]*?-->\s*)*$/.test(text) || /<([\w.-]+:)?graphml[^>]*\/>\s*$/.test(text);
  if (!opened || closed) return null;
  const lines = text.split('\n').length;
  return {
    ok: false,
    message: `This GraphML file ends too early: it stops at line ${lines.toLocaleString('en-US')} before the end of the network (its closing </graphml> is missing), so it was probably cut off while it was saved, copied or downloaded. Nothing was imported. Save or export the file again from the program that made it and import the new copy.`,
    line: lines,
  };
}

export function readGraphml(text: string): ReadGraphmlResult {
  const unsafe = findUnsafeXml(text);
  if (unsafe) return { ok: false, message: unsafe, line: null };
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const cut = truncation(text);
      if (cut) return cut;
      return { ok: false, message: `This file is not well-formed XML: ${valid.err.msg}`, line: valid.err.line ?? null };
    }
    const parsed = parser.parse(text) as XmlObject;
    // An empty <graphml/> parses as an empty string rather than an object.
    const root = parsed.graphml === undefined ? undefined : (list(parsed.graphml)[0] ?? {});
    if (!root) return { ok: false, message: 'This is not a GraphML file: it has no <graphml> element. Save it as GraphML from your graph tool.', line: null };
    const keys = readKeys(root);
    const document: GraphmlDocument = { keys, graphData: [], nodes: [], edges: [], groupIds: new Set(), undirectedEdges: 0, hyperedges: 0 };
    const graphs = list(root.graph);
    if (graphs.length === 0) return { ok: false, message: 'This GraphML file has no <graph> element, so there is nothing to import.', line: null };
    for (const graph of graphs) {
      document.graphData.push(...readData(graph));
      walk(graph, keys, [], document, false);
    }
    return { ok: true, document };
  } catch (error) {
    // Deeply nested or otherwise pathological input can exhaust the parser's stack.
    const detail = error instanceof RangeError ? 'it is nested too deeply' : 'it is damaged';
    return { ok: false, message: `This file cannot be read as GraphML: ${detail}.`, line: null };
  }
}
