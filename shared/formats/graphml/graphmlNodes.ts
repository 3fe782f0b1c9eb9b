// One GraphML node into an imported party: attributes that mean a Careweave field become that
// field, yEd's drawing gives the label and position when no attribute does, yEd group names
// become tags, and every other attribute is kept in the notes as "name: value".
import { idSchema } from '../../domain';
import { readCoordinate, readInterests, readList, readSide } from '../fieldValues';
import type { ImportedParty, PartyRef } from '../importModel';
import type { ImportProblem } from '../problems';
import { truncate } from '../problems';
import { nodeTarget } from './graphmlKeys';
import type { MappingSummary } from './mappingSummary';
import type { GraphmlData, GraphmlKeys, GraphmlNode } from './readGraphml';
import { readYedNode } from './yedGraphics';

/** Data of an element, plus the declared defaults of keys it does not give a value for. */
export function dataWithDefaults(data: readonly GraphmlData[], keys: GraphmlKeys, element: 'node' | 'edge'): GraphmlData[] {
  const given = new Set(data.map((item) => item.key));
  const defaults = keys.all
    .filter((key) => key.default !== null && !given.has(key.id) && (key.for === element || key.for === 'all'))
    .map((key) => ({ key: key.id, text: key.default ?? '', element: {} }));
  return [...data, ...defaults];
}

// Tools number their elements (yEd n0, n1…; Gephi and Cytoscape 0, 1… or internal ids); such
// ids say nothing about the party, so these parties are matched by name instead.
export function usableId(id: string | null, toolPattern: RegExp): string | null {
  if (id === null || toolPattern.test(id)) return null;
  return idSchema.safeParse(id).success ? id : null;
}

export function readNode(
  node: GraphmlNode,
  id: string | null,
  keys: GraphmlKeys,
  file: string,
  summary: MappingSummary,
  problems: { add(problem: ImportProblem): void },
): ImportedParty | null {
  const element = `node "${truncate(node.id, 40)}"`;
  const at = { file, line: null, element };
  let failed = false;
  const problem = (message: string, field: string) => {
    failed = true;
    problems.add({ ...at, field, message });
  };
  const labels: string[] = [];
  const notes: string[] = [];
  const extra: string[] = [];
  const tags: string[] = [];
  const fields: Partial<ImportedParty['fields']> = {};
  let drawn: ReturnType<typeof readYedNode> = { label: null, x: null, y: null };
  // Careweave writes the organisation's node id; a yEd group around the node says the same.
  let partOf: PartyRef | undefined = node.organisation === null ? undefined : { value: node.organisation, by: 'key' };
  for (const data of dataWithDefaults(node.data, keys, 'node')) {
    const key = keys.lookup(data.key, 'node');
    const name = key?.name ?? data.key;
    if (key?.yfiles === 'nodegraphics') {
      drawn = readYedNode(data);
      continue;
    }
    if (key?.yfiles) continue;
    const text = data.text.trim();
    const target = nodeTarget(name);
    if (target === 'drawing') summary.dropped('node', name);
    else if (target === null) {
      if (text !== '') extra.push(`${name}: ${data.text.trim()}`);
      summary.kept('node', name);
    } else summary.mapped('node', name, target === 'label' ? 'name' : target);
    if (text === '' || target === 'drawing' || target === null) continue;
    if (target === 'label') labels.push(text);
    else if (target === 'side') {
      const side = readSide(text);
      if (side.ok) fields.side = side.value;
      else problem(side.message, 'side');
    } else if (target === 'type') fields.type = text;
    else if (target === 'partOf') partOf = { value: text, by: 'key' };
    else if (target === 'tags') tags.push(...readList(text));
    else if (target === 'notes') notes.push(data.text);
    else if (target === 'interests') {
      const interests = readInterests(text);
      if (interests.ok) fields.interests = interests.value;
      else problem(interests.message, 'interests');
    } else {
      const value = readCoordinate(text, `${target} position`);
      if (value.ok) fields[target] = value.value;
      else problem(value.message, `${target} position`);
    }
  }
  if (fields.x === undefined && fields.y === undefined && drawn.x !== null && drawn.y !== null) {
    fields.x = drawn.x;
    fields.y = drawn.y;
  }
  if ((fields.x === undefined) !== (fields.y === undefined)) {
    delete fields.x;
    delete fields.y;
  }
  if (tags.length > 0) fields.tags = [...new Set(tags)];
  const allNotes = [...notes, ...extra].join('\n');
  if (allNotes !== '') fields.notes = allNotes;
  const name = labels[0] ?? drawn.label ?? node.groupLabel ?? node.id;
  if (!labels[0] && !drawn.label && !node.groupLabel) summary.count('{n} node{s} had no label, so the node id became the party name.');
  if (failed) return null;
  return { id, key: node.id, fields: { ...fields, name }, ...(partOf ? { partOf } : {}), at: { ...at, element: `node "${truncate(node.id, 40)}" ("${truncate(name, 40)}")` } };
}
