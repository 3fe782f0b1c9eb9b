// One GraphML edge into an imported relationship. The kind comes from a "kind" attribute, else
// from an "interaction" or label that names one ("relies on", "trust"), else from the import
// option for connections that say nothing about it. The label may be an attribute, Gephi's
// label= on the edge element, or the drawing's (yEd, yFiles for HTML). Attributes of another
// kind, a weight from another tool and unknown attributes are kept in the notes.
import { kindsWithField } from '../../domain';
import type { RelationshipKind } from '../../domain';
import { KIND_VERBS } from '../fieldLabels';
import {
  kindFromWord,
  readAmount,
  readDate,
  readKind,
  readResource,
  readScore,
  readSubstitutability,
  readTrustLevel,
  readYesNo,
} from '../fieldValues';
import type { ValueResult } from '../fieldValues';
import type { ImportedRelationship, PartyRef } from '../importModel';
import type { ImportProblem } from '../problems';
import { truncate } from '../problems';
import { edgeTarget, isEmptyList } from './graphmlKeys';
import type { EdgeTarget } from './graphmlKeys';
import { dataWithDefaults } from './graphmlNodes';
import type { MappingSummary } from './mappingSummary';
import type { GraphmlEdge, GraphmlKeys } from './readGraphml';
import { readYedEdgeLabel } from './yedGraphics';
import { readLabelTexts, readUserValues } from './yfilesHtml';

export interface EdgeContext {
  keys: GraphmlKeys;
  file: string;
  summary: MappingSummary;
  problems: { add(problem: ImportProblem): void };
  defaultKind: RelationshipKind;
}

export function readEdge(edge: GraphmlEdge, id: string | null, source: PartyRef, target: PartyRef, ctx: EdgeContext): ImportedRelationship | null {
  const element = edge.id ? `edge "${truncate(edge.id, 40)}"` : `edge from "${truncate(edge.source, 30)}" to "${truncate(edge.target, 30)}"`;
  const at = { file: ctx.file, line: null, element };
  let failed = false;
  const values = new Map<EdgeTarget, { name: string; text: string }>();
  const extra: string[] = [];
  let drawnLabel: string | null = null;
  // Empty values are neither read nor kept, so the summary never claims a kept column that
  // left nothing in the notes.
  const take = (name: string, raw: string) => {
    const text = raw.trim();
    const mapped = edgeTarget(name);
    if (mapped === 'drawing') return ctx.summary.dropped('edge', name);
    if (text === '' || isEmptyList(text)) return;
    if (mapped === null) {
      extra.push(`${name}: ${text}`);
      return ctx.summary.kept('edge', name);
    }
    if (!values.has(mapped)) values.set(mapped, { name, text: mapped === 'notes' ? raw : text });
  };
  for (const data of dataWithDefaults(edge.data, ctx.keys, 'edge')) {
    const key = ctx.keys.lookup(data.key, 'edge');
    const role = key?.drawing ?? null;
    if (role === 'yed-edge') drawnLabel = readYedEdgeLabel(data) ?? drawnLabel;
    else if (role === 'labels') drawnLabel = readLabelTexts(data)[0] ?? drawnLabel;
    else if (role === 'user-data') for (const value of readUserValues(data)) take(value.name, value.text);
    else if (role === null) take(key?.name ?? data.key, data.text);
  }
  // Gephi writes an edge's label as an attribute of the <edge> element itself.
  if (edge.label !== null) take('label', edge.label);
  const read = <T>(field: EdgeTarget, label: string, reader: (text: string) => ValueResult<T>): T | undefined => {
    const value = values.get(field);
    if (!value) return undefined;
    ctx.summary.mapped('edge', value.name, field);
    const result = reader(value.text);
    if (result.ok) return result.value;
    failed = true;
    ctx.problems.add({ ...at, field: label, message: result.message });
    return undefined;
  };

  const label = values.get('label')?.text ?? drawnLabel ?? undefined;
  const interaction = values.get('interaction')?.text;
  let kind = read('kind', 'kind', readKind);
  // Careweave's own export names the kind; its weight is then only drawn from other fields.
  const explicitKind = kind !== undefined;
  const named = kind ?? kindFromWord(interaction ?? '') ?? kindFromWord(label ?? '');
  const guessed = named === null;
  if (!kind && named) kind = named;
  if (!kind) {
    kind = ctx.defaultKind;
    ctx.summary.count(`{n} connection{s} gave no kind of relationship and {were} imported as "${KIND_VERBS[kind]}" (the import option chooses this).`);
  }
  const fields: Record<string, unknown> = {};
  let weightUsed = false;
  if (kind === 'RELIES_ON') {
    fields.service = read('service', 'service', (text) => ({ ok: true, value: text })) ?? (guessed ? (label ?? interaction ?? 'connection') : undefined);
    if (fields.service === undefined && !explicitKind) {
      fields.service = 'connection';
      ctx.summary.count('{n} reliance{s} named no service and {were} given the service "connection"; rename it on the map.');
    }
    fields.criticality = read('criticality', 'criticality', (text) => readScore(text, 'criticality'));
    fields.substitutability = read('substitutability', 'substitutability', readSubstitutability);
    readTerm(fields, read);
  } else if (kind === 'RESOURCE_FLOW') {
    const fromLabel = guessed && label ? readResource(label) : null;
    fields.resource = read('resource', 'resource', readResource) ?? (!explicitKind ? (fromLabel?.ok ? fromLabel.value : 'other') : undefined);
    fields.amount = read('amount', 'amount', readAmount);
    fields.unit = values.get('unit')?.text;
    fields.period = values.get('period')?.text;
    readTerm(fields, read);
  } else {
    const weight = values.get('weight') ? readTrustLevel(values.get('weight')?.text ?? '') : null;
    fields.level = read('level', 'trust level', (text) => readTrustLevel(text));
    if (fields.level === undefined && !explicitKind && weight?.ok) {
      fields.level = weight.value;
      weightUsed = true;
    }
    for (const score of ['reliability', 'missionSupport', 'openness'] as const) fields[score] = read(score, score, (text) => readScore(text, score));
    fields.assessedAt = read('assessedAt', 'assessed on', (text) => readDate(text));
    fields.assessedBy = values.get('assessedBy')?.text;
    if (fields.level === undefined && [fields.reliability, fields.missionSupport, fields.openness].every((value) => value === undefined)) {
      fields.level = 3;
      ctx.summary.count('{n} trust connection{s} gave no trust level and {were} set to 3 (neutral).');
    }
  }
  // Values that belong to another kind, or a weight the other tool computed or the person
  // typed there, stay readable in the notes.
  for (const [target, value] of values) {
    // A field of some kinds but not this one (an agreement's dates belong to two kinds).
    const owners = kindsWithField(target);
    const foreign = owners.length > 0 && !owners.includes(kind);
    const weight = target === 'weight' && !explicitKind && !weightUsed;
    if (foreign || weight) {
      extra.push(`${value.name}: ${value.text}`);
      ctx.summary.kept('edge', value.name);
    }
  }
  const notes = [edge.desc, values.get('notes')?.text, ...extra].filter((text): text is string => Boolean(text)).join('\n');
  if (notes !== '') fields.notes = notes;
  if (failed) return null;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { id, kind, source, target, fields: defined, at } as ImportedRelationship;
}

type Read = <T>(field: EdgeTarget, label: string, reader: (text: string) => ValueResult<T>) => T | undefined;

// An agreement's term (issue 12), on reliance and resource flows.
function readTerm(fields: Record<string, unknown>, read: Read): void {
  fields.startsOn = read('startsOn', 'starts on', (text) => readDate(text, 'starts on'));
  fields.endsOn = read('endsOn', 'ends on', (text) => readDate(text, 'ends on'));
  fields.renews = read('renews', 'renews', (text) => readYesNo(text, 'renews'));
}
