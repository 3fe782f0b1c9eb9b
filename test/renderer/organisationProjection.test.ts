// Organisations on the map as a pure projection (issue 15): members inside their organisation's
// compound node; a collapsed organisation one box whose relationships are bundled per kind and
// direction and counted; a party that changes organisation is moved, not re-added.
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import type { Party, Relationship } from '../../shared/domain';
import { diffElements } from '../../renderer/src/core/graph/diffElements';
import { projectOrganisations } from '../../renderer/src/core/graph/organisationProjection';
import { toCytoscapeElements } from '../../renderer/src/core/graph/toCytoscapeElements';
import { collapseActions } from '../../renderer/src/core/organisations/collapsedOrganisations';

const AT = '2026-01-15T10:00:00.000Z';
const meta = { networkId: 'n', version: 0, createdAt: AT, updatedAt: AT };
const party = (id: string, partOf: string | null, x: number, y: number): Party => ({ id, name: id.toUpperCase(), shortName: '', side: 'internal', type: 'other', tags: [], notes: '', interests: [], x, y, partOf, ...meta });
let next = 0;
const relies = (source: string, target: string): Relationship => ({ id: `r${++next}`, kind: 'RELIES_ON', source, target, service: 's', criticality: 3, substitutability: 'none', startsOn: null, endsOn: null, renews: false, notes: '', ...meta });
const trusts = (source: string, target: string): Relationship => ({ id: `r${++next}`, kind: 'TRUSTS', source, target, level: 4, reliability: null, missionSupport: null, openness: null, assessedAt: null, assessedBy: '', notes: '', ...meta });

// Hospital H holds A and B; B holds the ward W. Outside: clients C and transit T.
const parties = [party('h', null, 0, 0), party('a', 'h', -100, 0), party('b', 'h', 100, 0), party('w', 'b', 100, 100), party('c', null, 400, 0), party('t', null, 400, 200)];
const relationships = [
  relies('c', 'a'), // into the hospital
  relies('c', 'b'), // into the hospital, same kind and direction: bundled with the one above
  relies('c', 'w'), // into the ward, inside B
  trusts('c', 'a'), // another kind: a bundle of its own
  relies('a', 'b'), // inside the hospital: not drawn when it is collapsed
  relies('t', 'h'), // the hospital's own: drawn as it is
  relies('b', 't'), // out of the hospital
];
const graph = { parties, relationships };
const elements = toCytoscapeElements(graph);
const project = (collapsed: string[]) => projectOrganisations(elements, parties, new Set(collapsed));
const nodes = (drawn: ElementDefinition[]) => drawn.filter((element) => element.group === 'nodes');
const edges = (drawn: ElementDefinition[]) => drawn.filter((element) => element.group === 'edges');
const byId = (drawn: ElementDefinition[], id: string) => drawn.find((element) => element.data.id === id);

describe('organisations on the map', () => {
  it('puts members inside their organisation, which takes its place from them', () => {
    const drawn = project([]);
    expect(byId(drawn, 'party:a')?.data.parent).toBe('party:h');
    expect(byId(drawn, 'party:w')?.data.parent).toBe('party:b');
    expect(byId(drawn, 'party:c')?.data.parent).toBeUndefined();
    expect(byId(drawn, 'party:h')).toMatchObject({ data: { organisation: 1 } });
    expect(byId(drawn, 'party:h')).not.toHaveProperty('position');
    expect(edges(drawn)).toHaveLength(relationships.length);
  });

  it('draws a collapsed organisation as one box, its relationships bundled per kind and direction and counted', () => {
    const drawn = project(['h']);
    expect(nodes(drawn).map((node) => node.data.id)).toEqual(['party:h', 'party:c', 'party:t']);
    const box = byId(drawn, 'party:h')!;
    // Centred on its members, saying what it holds: 3 parties, 6 of their relationships (a→b counts once).
    expect(box.position).toEqual({ x: 0, y: 50 });
    expect(box.data).toMatchObject({ collapsed: 1, memberCount: 3, memberPartyIds: ['a', 'b', 'w'], label: 'H\n3 departments · 6 relationships', shortLabel: 'H (3)' });
    const drawnEdges = edges(drawn).map((edge) => [edge.data.id, edge.data.source, edge.data.target, edge.data.bundled ?? null, edge.data.label ?? null]);
    expect(drawnEdges).toEqual([
      ['relationship:r6', 'party:t', 'party:h', null, null],
      ['bundle:RELIES_ON:c:h', 'party:c', 'party:h', 3, '×3'],
      ['bundle:TRUSTS:c:h', 'party:c', 'party:h', 1, '×1'],
      ['bundle:RELIES_ON:h:t', 'party:h', 'party:t', 1, '×1'],
    ]);
    expect(byId(drawn, 'bundle:RELIES_ON:c:h')?.data.relationshipIds).toEqual(['r1', 'r2', 'r3']);
    expect(byId(drawn, 'bundle:RELIES_ON:c:h')?.selectable).toBe(false);
  });

  it('folds an inner organisation into its own box, and into the outer one when both are collapsed', () => {
    const inner = project(['b']);
    expect(nodes(inner).map((node) => node.data.id)).toEqual(['party:h', 'party:a', 'party:b', 'party:c', 'party:t']);
    expect(byId(inner, 'party:b')?.data).toMatchObject({ parent: 'party:h', collapsed: 1, memberCount: 1 });
    expect(byId(inner, 'bundle:RELIES_ON:c:b')?.data.relationshipIds).toEqual(['r3']);
    // Relationships of B itself stay what they are.
    expect(byId(inner, 'relationship:r2')).toBeDefined();
    expect(byId(inner, 'relationship:r5')).toBeDefined();
    const both = project(['b', 'h']);
    expect(nodes(both).map((node) => node.data.id)).toEqual(['party:h', 'party:c', 'party:t']);
    expect(byId(both, 'bundle:RELIES_ON:c:h')?.data.bundled).toBe(3);
  });

  it('collapse state changes only by its actions, and forgets organisations that lost their members', () => {
    let state = collapseActions.toggle(new Set(), 'h');
    expect([...state]).toEqual(['h']);
    state = collapseActions.toggle(state, 'h');
    expect(state.size).toBe(0);
    expect([...collapseActions.all(parties)].sort()).toEqual(['b', 'h']);
    const kept = collapseActions.prune(new Set(['h', 'b']), parties.map((p) => (p.id === 'w' ? { ...p, partOf: null } : p)));
    expect([...kept]).toEqual(['h']);
  });

  it('moves a party that joins or leaves an organisation instead of drawing it anew', () => {
    const before = new Map(project([]).map((element) => [String(element.data.id), element]));
    const joined = projectOrganisations(toCytoscapeElements({ parties: parties.map((p) => (p.id === 'c' ? { ...p, partOf: 'h' } : p)), relationships }), parties.map((p) => (p.id === 'c' ? { ...p, partOf: 'h' } : p)), new Set());
    const diff = diffElements(before, joined);
    expect(diff.reparent).toEqual([{ id: 'party:c', parent: 'party:h' }]);
    expect(diff.add).toEqual([]);
    expect(diff.remove).toEqual([]);
  });
});
