import { describe, expect, it } from 'vitest';
import { applyPatch, isEmptyPatch } from '../../renderer/src/core/editor/graphPatch';
import { makeGraph } from './fixtures';

describe('applyPatch', () => {
  const graph = makeGraph();

  it('replaces a saved party in place and appends a new one', () => {
    const renamed = { ...graph.parties[0]!, name: 'Renamed', version: 2 };
    const added = { ...graph.parties[1]!, id: 'new', name: 'New' };
    const next = applyPatch(graph, { upsertParties: [renamed, added] });
    expect(next.parties.map((p) => p.name)).toEqual(['Renamed', 'County Transit', 'Patients', 'New']);
    expect(graph.parties[0]?.name).toBe('Geri-psych unit');
  });

  it('removes a party together with every relationship attached to it', () => {
    const next = applyPatch(graph, { removePartyIds: ['transit'] });
    expect(next.parties.map((p) => p.id)).toEqual(['unit', 'patients']);
    expect(next.relationships.map((r) => r.id)).toEqual(['r2']);
  });

  it('moves parties without touching anything else', () => {
    const next = applyPatch(graph, { positions: [{ id: 'unit', x: 5, y: 6 }] });
    expect(next.parties[0]).toMatchObject({ x: 5, y: 6, version: graph.parties[0]!.version });
  });

  it('knows an empty patch', () => {
    expect(isEmptyPatch({})).toBe(true);
    expect(isEmptyPatch({ removePartyIds: [] })).toBe(true);
    expect(isEmptyPatch({ removePartyIds: ['x'] })).toBe(false);
  });
});
