// One GraphML node into an imported party: attributes that mean a Careweave field become that
// field, the drawing of yEd or yFiles for HTML / yEd Live gives the label and position (its
// user data reads like attributes), a yEd group is the organisation its members are part of, GraphML's <desc> and further
// labels go to the notes, and every other attribute is kept in the notes as "name: value".
import { idSchema } from '../../domain';
import { readCoordinate, readInterests, readPartyType, readSide } from '../fieldValues';
import type { ImportedParty, PartyRef } from '../importModel';
import type { ImportProblem } from '../problems';
import { truncate } from '../problems';
import { isEmptyList, nodeTarget, readTagList } from './graphmlKeys';
import type { MappingSummary } from './mappingSummary';
import type { GraphmlData, GraphmlKeys, GraphmlNode } from './readGraphml';
import { readYedNode } from './yedGraphics';
import { readLabelTexts, readRectCentre, readUserValues } from './yfilesHtml';

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

// A drawing box further than this from the x and y attributes was moved in the drawing tool
// after the file was written (yEd keeps Careweave's attributes but not in step); rounding of
// the box's corner is far below it.
const MOVED_BY = 0.5;

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
  const drawnLabels: string[] = [];
  let drawnAt: { x: number; y: number } | null = null;
  const notes: string[] = node.desc === null ? [] : [node.desc];
  const extra: string[] = [];
  const tags: string[] = [];
  const fields: Partial<ImportedParty['fields']> = {};
  // Careweave writes the organisation's node id; a yEd group around the node says the same.
  let partOf: PartyRef | undefined = node.organisation === null ? undefined : { value: node.organisation, by: 'key' };
  if (node.desc !== null) summary.mapped('node', '<desc>', 'notes');

  // One value of an attribute (or of a user-data property). Empty values are neither read nor
  // kept, so the summary never claims a column was kept in the notes when nothing was.
  const take = (name: string, raw: string) => {
    const text = raw.trim();
    const target = nodeTarget(name);
    if (target === 'drawing') return summary.dropped('node', name);
    if (text === '' || isEmptyList(text)) return;
    if (target === null) {
      extra.push(`${name}: ${text}`);
      return summary.kept('node', name);
    }
    summary.mapped('node', name, target === 'label' ? 'name' : target);
    if (target === 'label') labels.push(text);
    else if (target === 'side') {
      const side = readSide(text);
      if (side.ok) fields.side = side.value;
      else problem(side.message, 'side');
    } else if (target === 'type') fields.type = readPartyType(text);
    else if (target === 'shortName') fields.shortName = text;
    else if (target === 'partOf') partOf = { value: text, by: 'key' };
    else if (target === 'tags') tags.push(...readTagList(text));
    else if (target === 'notes') notes.push(raw);
    else if (target === 'interests') {
      const interests = readInterests(text);
      if (interests.ok) fields.interests = interests.value;
      else problem(interests.message, 'interests');
    } else {
      const value = readCoordinate(text, `${target} position`);
      if (value.ok) fields[target] = value.value;
      else problem(value.message, `${target} position`);
    }
  };

  for (const data of dataWithDefaults(node.data, keys, 'node')) {
    const key = keys.lookup(data.key, 'node');
    const role = key?.drawing ?? null;
    if (role === 'yed-node') {
      const drawn = readYedNode(data);
      drawnLabels.push(...drawn.labels);
      if (drawn.x !== null && drawn.y !== null) drawnAt = { x: drawn.x, y: drawn.y };
    } else if (role === 'labels') drawnLabels.push(...readLabelTexts(data));
    else if (role === 'geometry') drawnAt = readRectCentre(data) ?? drawnAt;
    else if (role === 'user-data') for (const value of readUserValues(data)) take(value.name, value.text);
    else if (role === null) take(key?.name ?? data.key, data.text);
  }
  if ((fields.x === undefined) !== (fields.y === undefined)) {
    delete fields.x;
    delete fields.y;
  }
  if (drawnAt) {
    const given = fields.x !== undefined && fields.y !== undefined;
    const moved = given && (Math.abs((fields.x ?? 0) - drawnAt.x) > MOVED_BY || Math.abs((fields.y ?? 0) - drawnAt.y) > MOVED_BY);
    if (moved) summary.count('{n} part{ies} had been moved in the drawing since the x and y columns were written; {they were} placed where the drawing shows.');
    if (!given || moved) {
      fields.x = drawnAt.x;
      fields.y = drawnAt.y;
    }
  }
  if (tags.length > 0) fields.tags = [...new Set(tags)];
  const name = labels[0] ?? drawnLabels[0] ?? node.groupLabel ?? node.id;
  if (name === node.id && !labels[0] && !drawnLabels[0] && !node.groupLabel) summary.count('{n} node{s} had no label, so the node id became the party name.');
  const otherLabels = [...new Set(drawnLabels)].filter((label) => label !== name);
  if (otherLabels.length > 0) summary.count('{n} node{s} had more than one label; the first became the name and the others were kept in the notes.');
  const allNotes = [...notes, ...otherLabels.map((label) => `label: ${label}`), ...extra].join('\n');
  if (allNotes !== '') fields.notes = allNotes;
  if (failed) return null;
  return { id, key: node.id, fields: { ...fields, name }, ...(partOf ? { partOf } : {}), at: { ...at, element: `node "${truncate(node.id, 40)}" ("${truncate(name, 40)}")` } };
}
