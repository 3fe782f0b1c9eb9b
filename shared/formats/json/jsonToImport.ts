// JSON import: a Careweave network document, validated whole with the project's own schema
// (networkDocumentSchema) before anything else happens. Problems name the party or relationship
// by position and name, since a JSON file has no rows a person would count.
import type { z } from 'zod';
import { networkDocumentSchema } from '../../domain';
import type { NetworkDocument } from '../../domain';
import { stripByteOrderMark } from '../decodeText';
import { fieldLabel } from '../fieldLabels';
import { failed } from '../importModel';
import type { ImportedNetwork, ImportedRelationship, ImportFile, ImportParseResult } from '../importModel';
import { createProblemCollector, describeElement } from '../problems';
import type { SourceRef } from '../problems';
import { issueMessage, valueAt } from '../zodProblems';
import { documentScenariosSchema } from '../documentScenarios';
import type { DocumentScenario } from '../documentScenarios';
import { documentCareLogSchema, documentTrustHistorySchema } from '../documentHistory';
import type { DocumentCareLogEntry, DocumentTrustAssessment } from '../documentHistory';
import { documentViewsSchema } from '../documentViews';
import type { DocumentView } from '../documentViews';
import { documentPresentationsSchema } from '../documentPresentations';
import type { DocumentPresentation } from '../documentPresentations';

// The named lists a document may carry beside its parties and relationships, and what one item
// is called; a problem's field is the innermost step that is not one of the document's lists.
const NAMED_LISTS: Record<string, string> = { scenarios: 'scenario', views: 'view', presentations: 'presentation' };
const LISTS = new Set(['parties', 'relationships', 'careLog', 'trustHistory', ...Object.keys(NAMED_LISTS)]);

function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let index = 0; index < position && index < text.length; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

function syntaxProblem(file: ImportFile, text: string, error: unknown): ImportParseResult {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const line = position === undefined ? null : lineOfPosition(text, Number(position));
  const detail = text.trim() === '' ? 'the file is empty' : 'the file is damaged or is not JSON (a bracket, comma or quote is missing or extra)';
  return failed([{ file: file.name, line, element: null, field: null, message: `This file cannot be read: ${detail}.` }], 1);
}

function describeElementAt(root: unknown, path: readonly PropertyKey[]): string | null {
  const [list, index] = path;
  if (list === 'careLog' && typeof index === 'number') return describeElement('care log entry', index, null);
  if (list === 'trustHistory' && typeof index === 'number') return describeElement('earlier trust assessment', index, null);
  if (typeof list !== 'string' || !LISTS.has(list) || typeof index !== 'number') {
    return list === 'network' ? 'the network' : null;
  }
  const item = valueAt(root, [list, index]) as Record<string, unknown> | undefined;
  if (list === 'parties') return describeElement('party', index, typeof item?.name === 'string' ? item.name : null);
  const named = NAMED_LISTS[list];
  if (named) return describeElement(named, index, typeof item?.name === 'string' ? item.name : null);
  const id = typeof item?.id === 'string' ? item.id : null;
  return describeElement('relationship', index, id);
}

function notOurs(raw: unknown): boolean {
  return typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw);
}

function documentToImport(document: NetworkDocument, extras: Extras, file: string): ImportedNetwork {
  const { scenarios, careLog, trustHistory, views, presentations } = extras;
  const at = (what: string, index: number, name: string | null): SourceRef => ({
    file,
    line: null,
    element: describeElement(what, index, name),
  });
  return {
    format: 'json',
    network: { name: document.network.name, description: document.network.description },
    parties: document.parties.map(({ id, partOf, ...fields }, index) => ({
      id,
      fields,
      partOf: partOf === null ? null : { value: partOf, by: 'id' as const },
      at: at('party', index, fields.name),
    })),
    relationships: document.relationships.map((relationship, index): ImportedRelationship => {
      const { id, source, target, kind, ...fields } = relationship;
      // The document's union is discriminated by kind, so each kind's fields go with their kind;
      // TypeScript cannot follow that through the rest-spread, hence the one assertion.
      return {
        id,
        kind,
        source: { value: source, by: 'id' },
        target: { value: target, by: 'id' },
        fields,
        at: at('relationship', index, id),
      } as ImportedRelationship;
    }),
    notes: [],
    scenarios,
    careLog: careLog.map(({ id, about, createdAt, ...fields }, index) => ({
      id,
      about: about.kind === 'party' ? { kind: 'party', ref: { value: about.id, by: 'id' } } : { kind: 'relationship', id: about.id },
      fields,
      createdAt: createdAt ?? null,
      at: at('care log entry', index, null),
    })),
    trustHistory: trustHistory.map((assessment, index) => ({ assessment, at: at('earlier trust assessment', index, null) })),
    views,
    presentations,
  };
}

interface Extras {
  scenarios: DocumentScenario[];
  careLog: DocumentCareLogEntry[];
  trustHistory: DocumentTrustAssessment[];
  views: DocumentView[];
  presentations: DocumentPresentation[];
}

export async function jsonToImport(files: readonly ImportFile[]): Promise<ImportParseResult> {
  const file = files[0];
  if (!file) return failed([{ file: 'the file', line: null, element: null, field: null, message: 'No file was chosen.' }], 1);
  const text = stripByteOrderMark(file.text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return syntaxProblem(file, text, error);
  }
  if (notOurs(raw)) {
    return failed(
      [
        {
          file: file.name,
          line: null,
          element: null,
          field: null,
          message:
            'This JSON file is not a Careweave network file. Files from other tools can be imported as GraphML or as a spreadsheet (CSV).',
        },
      ],
      1,
    );
  }
  // The document and its scenarios are checked separately (the scenarios list is optional and
  // outside the versioned document schema), and every problem of both is reported.
  const parsed = networkDocumentSchema.safeParse(raw);
  const record = raw as Record<string, unknown>;
  const scenarios = documentScenariosSchema.safeParse(record.scenarios);
  const careLog = documentCareLogSchema.safeParse(record.careLog);
  const trustHistory = documentTrustHistorySchema.safeParse(record.trustHistory);
  const views = documentViewsSchema.safeParse(record.views);
  const presentations = documentPresentationsSchema.safeParse(record.presentations);
  const problems = createProblemCollector();
  const report = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      // The innermost named step is the field: "level", or "affectedThreshold" inside "params".
      const key = [...path].reverse().find((step) => typeof step === 'string' && !LISTS.has(step));
      const field = typeof key === 'string' ? fieldLabel(key) : null;
      problems.add({ file: file.name, line: null, element: describeElementAt(raw, path), field, message: issueMessage(issue, valueAt(raw, path), field) });
    }
  };
  if (!parsed.success) report(parsed.error.issues, []);
  if (!scenarios.success) report(scenarios.error.issues, ['scenarios']);
  if (!careLog.success) report(careLog.error.issues, ['careLog']);
  if (!trustHistory.success) report(trustHistory.error.issues, ['trustHistory']);
  if (!views.success) report(views.error.issues, ['views']);
  if (!presentations.success) report(presentations.error.issues, ['presentations']);
  if (!parsed.success || !scenarios.success || !careLog.success || !trustHistory.success || !views.success || !presentations.success) {
    return failed(problems.list, problems.count);
  }
  const extras = { scenarios: scenarios.data, careLog: careLog.data, trustHistory: trustHistory.data, views: views.data, presentations: presentations.data };
  return { ok: true, imported: documentToImport(parsed.data, extras, file.name) };
}
