// The sample network users load on first start (resources/sample/rural-behavioral-health.json):
// it must be a valid network document and rich enough for the map, the legend and the
// withdrawal simulation to tell a story.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY_TYPES, RELATIONSHIP_KINDS, networkDocumentSchema } from '../../shared/domain';
import type { NetworkDocument } from '../../shared/domain';

const SAMPLE_URL = new URL('../../resources/sample/rural-behavioral-health.json', import.meta.url);

function loadSample(): NetworkDocument {
  const raw: unknown = JSON.parse(readFileSync(SAMPLE_URL, 'utf8'));
  const parsed = networkDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`The sample network is not a valid network document:\n${issues}`);
  }
  return parsed.data;
}

describe('sample network (rural behavioural health)', () => {
  const doc = loadSample();
  const partiesById = new Map(doc.parties.map((party) => [party.id, party]));

  it('is a current-format network document with a name and a description saying it is fictional', () => {
    expect(doc.format).toBe('careweave.network');
    expect(doc.formatVersion).toBe(2);
    expect(doc.network.name).toMatch(/sample/i);
    expect(doc.network.description).toMatch(/fictional/i);
  });

  it('has about 40 parties and about 120 relationships', () => {
    expect(doc.parties.length).toBeGreaterThanOrEqual(35);
    expect(doc.parties.length).toBeLessThanOrEqual(45);
    expect(doc.relationships.length).toBeGreaterThanOrEqual(110);
    expect(doc.relationships.length).toBeLessThanOrEqual(130);
  });

  it('contains all three relationship kinds', () => {
    const kinds = new Set(doc.relationships.map((relationship) => relationship.kind));
    for (const kind of RELATIONSHIP_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('has both sides, every external type, and only default party types', () => {
    const sides = new Set(doc.parties.map((party) => party.side));
    expect(sides).toContain('internal');
    expect(sides).toContain('external');
    const externalTypes = new Set(doc.parties.filter((party) => party.side === 'external').map((party) => party.type));
    for (const type of DEFAULT_PARTY_TYPES.external) expect(externalTypes, type).toContain(type);
    for (const party of doc.parties) {
      const allowed: readonly string[] = DEFAULT_PARTY_TYPES[party.side];
      expect(allowed, `${party.id} has type "${party.type}"`).toContain(party.type);
    }
  });

  it('gives every party at least one relationship and one to three interests', () => {
    const connected = new Set(doc.relationships.flatMap((relationship) => [relationship.source, relationship.target]));
    const isolated = doc.parties.filter((party) => !connected.has(party.id)).map((party) => party.id);
    expect(isolated).toEqual([]);
    for (const party of doc.parties) {
      expect(party.interests.length, party.id).toBeGreaterThanOrEqual(1);
      expect(party.interests.length, party.id).toBeLessThanOrEqual(3);
    }
  });

  it('has every external customer relying on at least one internal party', () => {
    const externals = doc.parties.filter((party) => party.side === 'external');
    for (const external of externals) {
      const reliesOnInternal = doc.relationships.some(
        (relationship) =>
          relationship.kind === 'RELIES_ON' &&
          relationship.source === external.id &&
          partiesById.get(relationship.target)?.side === 'internal',
      );
      expect(reliesOnInternal, `${external.id} relies on no internal party`).toBe(true);
    }
  });

  it('has resource flows with and without known amounts', () => {
    const flows = doc.relationships.filter((relationship) => relationship.kind === 'RESOURCE_FLOW');
    expect(flows.some((flow) => flow.amount === null)).toBe(true);
    expect(flows.some((flow) => flow.amount !== null && flow.unit !== '' && flow.period !== '')).toBe(true);
  });

  it('places every party, at least 60 px from every other', () => {
    const unplaced = doc.parties.filter((party) => party.x === null || party.y === null).map((party) => party.id);
    expect(unplaced).toEqual([]);
    const tooClose: string[] = [];
    doc.parties.forEach((a, index) => {
      for (const b of doc.parties.slice(index + 1)) {
        const distance = Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0));
        if (distance < 60) tooClose.push(`${a.id} and ${b.id} (${distance.toFixed(0)} px)`);
      }
    });
    expect(tooClose).toEqual([]);
  });
});
