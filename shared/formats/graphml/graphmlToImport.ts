// GraphML import, from Careweave's own export or from Gephi, yEd or Cytoscape desktop. Keys are
// mapped to Careweave fields where they fit, the rest kept as notes and tags, and the preview
// shows a summary of what was mapped. Edges refer to nodes by the file's node ids, which are
// kept as party ids only when they look like real ids rather than a tool's numbering.
import { idSchema } from '../../domain';
import { stripByteOrderMark } from '../decodeText';
import { failed } from '../importModel';
import type { ImportedParty, ImportedRelationship, ImportFile, ImportParseResult, ParseOptions, PartyRef } from '../importModel';
import { createProblemCollector, truncate } from '../problems';
import { readEdge } from './graphmlEdges';
import { readNode, usableId } from './graphmlNodes';
import { createMappingSummary } from './mappingSummary';
import { readGraphml } from './readGraphml';

// yEd numbers n0, n1 and, inside groups, n1::n0; Gephi and Cytoscape use plain numbers.
const TOOL_NODE_IDS = /^n?\d+(::n\d+)*$/i;
const TOOL_EDGE_IDS = /^(n\d+::)*e?\d+$/i;
const TICK_EVERY = 5_000;

export async function graphmlToImport(files: readonly ImportFile[], options: ParseOptions = {}): Promise<ImportParseResult> {
  const file = files[0];
  if (!file) return failed([{ file: 'the file', line: null, element: null, field: null, message: 'No file was chosen.' }], 1);
  const read = readGraphml(stripByteOrderMark(file.text));
  if (!read.ok) return failed([{ file: file.name, line: read.line, element: null, field: null, message: read.message }], 1);
  const { document } = read;
  const problems = createProblemCollector();
  const summary = createMappingSummary();
  const total = document.nodes.length + document.edges.length || 1;
  let done = 0;
  const tick = async () => {
    done += 1;
    if (options.tick && done % TICK_EVERY === 0) await options.tick(done / total);
  };

  const parties: ImportedParty[] = [];
  const brokenRefs: string[] = [];
  const nodeKeys = new Set<string>();
  const usedIds = new Set<string>();
  for (const node of document.nodes) {
    if (nodeKeys.has(node.id)) {
      problems.add({ file: file.name, line: null, element: `node "${truncate(node.id, 40)}"`, field: 'id', message: 'this node id is used twice in the file' });
      continue;
    }
    nodeKeys.add(node.id);
    const id = usableId(node.id, TOOL_NODE_IDS);
    if (id !== null) usedIds.add(id);
    const party = readNode(node, id, document.keys, file.name, summary, problems);
    if (party) parties.push(party);
    else brokenRefs.push(node.id);
    await tick();
  }
  if (document.nodes.some((node) => usableId(node.id, TOOL_NODE_IDS) === null)) {
    summary.count('Node ids written by the other tool (such as n0, n1) were not kept: those parties are matched by name and get new ids.');
  }

  const relationships: ImportedRelationship[] = [];
  const ctx = { keys: document.keys, file: file.name, summary, problems, defaultKind: options.defaultKind ?? 'RELIES_ON' };
  for (const edge of document.edges) {
    await tick();
    const missing = [edge.source, edge.target].find((end) => !nodeKeys.has(end));
    if (missing !== undefined) {
      problems.add({
        file: file.name,
        line: null,
        element: edge.id ? `edge "${truncate(edge.id, 40)}"` : 'an edge',
        field: missing === edge.source ? 'from' : 'to',
        message: `this edge points to node "${truncate(missing, 40)}", which is not in the file`,
      });
      continue;
    }
    if (edge.source === edge.target) {
      summary.count('{n} connection{s} from a party to itself {were} left out: Careweave relationships join two different parties.');
      continue;
    }
    const source: PartyRef = { value: edge.source, by: 'key' };
    const target: PartyRef = { value: edge.target, by: 'key' };
    const id = usableId(edge.id, TOOL_EDGE_IDS);
    const relationship = readEdge(edge, id !== null && idSchema.safeParse(id).success ? id : null, source, target, ctx);
    if (relationship) relationships.push(relationship);
  }
  summary.count('{n} connection{s} had no direction; each was read as pointing from its source to its target.', document.undirectedEdges);
  summary.count('{n} hyperedge{s} {were} left out: Careweave relationships join exactly two parties.', document.hyperedges);
  summary.count('Each yEd group became an organisation, a party of its own with the nodes inside it as its members ({n} group{s}).', document.groupIds.size);

  const notes = summary.lines();
  const graphValue = (name: string) =>
    document.graphData.find((data) => (document.keys.lookup(data.key, 'graph')?.name ?? data.key).toLowerCase() === name)?.text.trim() || null;
  const imported = {
    format: 'graphml' as const,
    network: { name: graphValue('name') ?? graphValue('label'), description: graphValue('description') },
    parties,
    relationships,
    notes,
    fillMissing: true,
  };
  if (problems.count > 0) return failed(problems.list, problems.count, notes, { partial: imported, brokenRefs });
  if (parties.length === 0) return failed([{ file: file.name, line: null, element: null, field: null, message: 'This GraphML file has no nodes, so there is nothing to import.' }], 1, notes);
  return { ok: true, imported };
}
