// Shared test data for the format tests: the bundled sample network as a stored graph, and a
// small network whose values are chosen to trip up serializers (quotes, commas, line breaks,
// formulas, non-Latin text, positions, every relationship kind and optional field).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkDocumentSchema } from '../../shared/domain';
import type { DocumentParty, DocumentRelationship, NetworkDocument, NetworkGraph } from '../../shared/domain';
import { planImport } from '../../shared/formats';
import type { ImportedNetwork, ImportPlan } from '../../shared/formats';

const STAMP = '2026-01-15T10:00:00.000Z';

export function sampleDocument(): NetworkDocument {
  const raw: unknown = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'sample', 'rural-behavioral-health.json'), 'utf8'));
  return networkDocumentSchema.parse(raw);
}

export function documentToGraph(document: NetworkDocument, networkId = 'net-1'): NetworkGraph {
  const meta = { networkId, version: 0, createdAt: STAMP, updatedAt: STAMP };
  return {
    network: { id: networkId, name: document.network.name, description: document.network.description, version: 0, createdAt: STAMP, updatedAt: STAMP },
    parties: document.parties.map((party) => ({ ...party, ...meta })),
    relationships: document.relationships.map((relationship) => ({ ...relationship, ...meta }) as NetworkGraph['relationships'][number]),
  };
}

export function sampleGraph(): NetworkGraph {
  return documentToGraph(sampleDocument());
}

export function trickyDocument(): NetworkDocument {
  return networkDocumentSchema.parse({
    format: 'careweave.network',
    formatVersion: 1,
    network: { name: 'Tricky "network", with commas', description: 'Line one\r\nline two; and a "quote"' },
    parties: [
      { id: 'p1', name: 'Zoë’s Clinic, Inc.', side: 'internal', type: 'healthcare provider', tags: ['rural', 'a, b'], notes: 'Says "hi"\nand more', interests: [{ topic: 'cost', stance: 'wants lower, soon' }], x: -120.5, y: 33.25 },
      { id: 'p2', name: '=SUM(A1:A9)', side: 'external', type: 'patient', tags: [], notes: '+1 call first', interests: [], x: 0, y: 0 },
      // Organisations, nested: p3 is part of p4, which is part of p1.
      { id: 'p3', name: 'Area Agency on Aging & Disability', shortName: 'AAA & Disability', side: 'internal', type: 'my own type', tags: ['<tag>'], notes: '', interests: [], x: null, y: null, partOf: 'p4' },
      { id: 'p4', name: '社区卫生中心', side: 'internal', type: 'community agency', tags: [], notes: '  padded  ', interests: [], x: 1e6, y: -0.001, partOf: 'p1' },
    ],
    relationships: [
      { id: 'r1', kind: 'RELIES_ON', source: 'p1', target: 'p3', service: 'discharge placement, urgent', criticality: 5, substitutability: 'limited', notes: '@mention' },
      { id: 'r2', kind: 'RESOURCE_FLOW', source: 'p3', target: 'p1', resource: 'funding', amount: 1250.75, unit: 'USD', period: 'month', notes: '' },
      { id: 'r3', kind: 'RESOURCE_FLOW', source: 'p3', target: 'p2', resource: 'transport', amount: null, unit: '', period: '', notes: 'amount unknown' },
      { id: 'r4', kind: 'TRUSTS', source: 'p1', target: 'p4', level: 3.67, reliability: 4, missionSupport: 3, openness: 4, assessedAt: '2026-03-31', notes: '' },
      { id: 'r5', kind: 'TRUSTS', source: 'p4', target: 'p1', level: 2, reliability: null, missionSupport: null, openness: null, assessedAt: null, notes: '-negative' },
    ],
  });
}

export async function planNew(imported: ImportedNetwork): Promise<ImportPlan> {
  let next = 0;
  const result = await planImport({ existing: null, imported, newId: () => `new-${(next += 1)}`, fallbackName: 'Imported' });
  if (!result.ok) throw new Error(`plan failed: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.plan;
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

export function sortedDocumentParts(document: { parties: readonly DocumentParty[]; relationships: readonly DocumentRelationship[] }) {
  return { parties: byId(document.parties), relationships: byId(document.relationships) };
}
