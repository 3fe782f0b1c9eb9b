// JSON export: the network document (shared/domain/networkDocument.ts), the project's own
// versioned format, written with every field so that importing it gives the same network.
// Parties and relationships are sorted by id and their fields written in one fixed order, so
// exporting the same network twice gives the same file, byte for byte.
import { networkGraphToDocument } from '../../domain';
import type { DocumentParty, DocumentRelationship, NetworkDocument, NetworkGraph } from '../../domain';
import type { DocumentScenario } from '../documentScenarios';
import type { DocumentHistory, DocumentTrustAssessment } from '../documentHistory';
import type { DocumentView } from '../documentViews';
import type { DocumentPresentation } from '../documentPresentations';

const PARTY_ORDER = ['id', 'name', 'shortName', 'side', 'type', 'tags', 'notes', 'interests', 'x', 'y', 'partOf'];
const RELATIONSHIP_ORDER = [
  'id',
  'kind',
  'source',
  'target',
  'service',
  'criticality',
  'substitutability',
  'resource',
  'amount',
  'unit',
  'period',
  'startsOn',
  'endsOn',
  'renews',
  'level',
  'reliability',
  'missionSupport',
  'openness',
  'assessedAt',
  'assessedBy',
  'notes',
];

function ordered<T extends object>(item: T, order: readonly string[]): T {
  const record = item as Record<string, unknown>;
  const known = order.filter((key) => key in record);
  const rest = Object.keys(record).filter((key) => !order.includes(key));
  return Object.fromEntries([...known, ...rest].map((key) => [key, record[key]])) as T;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function networkToDocument(graph: NetworkGraph, exportedAt: string): NetworkDocument {
  const document = networkGraphToDocument(graph, exportedAt);
  return {
    ...document,
    parties: [...document.parties].sort(byId).map((party): DocumentParty => ordered(party, PARTY_ORDER)),
    relationships: [...document.relationships].sort(byId).map((relationship): DocumentRelationship => ordered(relationship, RELATIONSHIP_ORDER)),
  };
}

const byAssessment = (a: DocumentTrustAssessment, b: DocumentTrustAssessment) =>
  a.relationshipId < b.relationshipId ? -1 : a.relationshipId > b.relationshipId ? 1 : (a.assessedOn ?? '') < (b.assessedOn ?? '') ? -1 : 1;

export interface NamedDocumentRecords {
  views?: readonly DocumentView[] | undefined;
  presentations?: readonly DocumentPresentation[] | undefined;
}

/**
 * The document, plus what the network has of its saved scenarios (documentScenarios.ts), care log
 * and earlier trust assessments (documentHistory.ts), saved views and presentations; a list it has
 * none of is left out.
 */
export function networkToJson(
  graph: NetworkGraph,
  exportedAt: string,
  scenarios: readonly DocumentScenario[] = [],
  history?: DocumentHistory,
  named: NamedDocumentRecords = {},
): string {
  const document: Record<string, unknown> = { ...networkToDocument(graph, exportedAt) };
  const lists = {
    scenarios: [...scenarios].sort(byId),
    careLog: [...(history?.careLog ?? [])].sort(byId),
    trustHistory: [...(history?.trustHistory ?? [])].sort(byAssessment),
    views: [...(named.views ?? [])].sort(byId),
    presentations: [...(named.presentations ?? [])].sort(byId),
  };
  for (const [key, list] of Object.entries(lists)) if (list.length > 0) document[key] = list;
  return `${JSON.stringify(document, null, 2)}\n`;
}
