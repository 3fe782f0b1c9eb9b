// The model takes the app's own data as it is: a stored NetworkGraph (domain Party and
// Relationship) or a parsed network document, without copying either.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import type { NetworkGraph } from '../../shared/domain';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';

const at = '2026-04-01T12:00:00.000Z';
const stored = { networkId: 'n1', version: 3, createdAt: at, updatedAt: at };

describe('input shapes', () => {
  it('accepts a stored NetworkGraph and keeps references to its arrays', () => {
    const graph: NetworkGraph = {
      network: { id: 'n1', name: 'Stored', description: '', version: 0, createdAt: at, updatedAt: at },
      parties: [
        { ...stored, id: 'transit', name: 'County Transit', shortName: '', side: 'internal', type: 'community agency', tags: [], notes: '', interests: [], x: null, y: null, partOf: null },
        { ...stored, id: 'families', name: 'Family caregivers', shortName: '', side: 'external', type: 'family/caregiver', tags: [], notes: '', interests: [], x: 0, y: 0, partOf: null },
      ],
      relationships: [
        { ...stored, id: 'r1', kind: 'RELIES_ON', source: 'families', target: 'transit', service: 'IOP transport', criticality: 3, substitutability: 'limited', startsOn: null, endsOn: null, renews: false, notes: '' },
        { ...stored, id: 'r2', kind: 'TRUSTS', source: 'families', target: 'transit', level: 2, reliability: null, missionSupport: null, openness: null, assessedAt: null, assessedBy: '', notes: '' },
      ],
    };
    const compiled = compileNetwork(graph);
    expect(compiled.network.parties).toBe(graph.parties);
    expect(compiled.network.relationships).toBe(graph.relationships);
    // d = 3/5 · 0.5 = 0.3
    const families = simulateWithdrawal(compiled, ['transit']).parties[0]!;
    expect(families.id).toBe('families');
    expect(families.impact).toBeCloseTo(0.3, 12);
  });

  it('accepts a parsed network document', () => {
    const url = new URL('../../resources/sample/rural-behavioral-health.json', import.meta.url);
    const document = networkDocumentSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
    const compiled = compileNetwork(document);
    expect(compiled.partyCount).toBe(document.parties.length);
    expect(compiled.network.relationships).toBe(document.relationships);
  });
});
