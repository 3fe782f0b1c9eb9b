// The canvas's imperative half on a headless Cytoscape: only what differs is touched, filters and
// focus become classes, and the selection goes both ways.
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../renderer/src/core/editor/graphPatch';
import { applyFilters } from '../../renderer/src/core/filters/filterPipeline';
import { filterActions, getEmptyFilterState } from '../../renderer/src/core/filters/filterState';
import { focusNeighbourhood } from '../../renderer/src/core/filters/focus';
import { diffElements } from '../../renderer/src/core/graph/diffElements';
import { projectOrganisations } from '../../renderer/src/core/graph/organisationProjection';
import { toCytoscapeElements } from '../../renderer/src/core/graph/toCytoscapeElements';
import { applySelection, readSelection, syncElements, syncVisibility } from '../../renderer/src/map/canvasSync';
import { makeGraph } from './fixtures';

function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const drawn = new Map<string, ElementDefinition>();
  syncElements(cy, drawn, toCytoscapeElements(makeGraph()), false);
  return { cy, drawn };
}

describe('diffElements', () => {
  it('finds nothing to do for the same projection, and exactly the change otherwise', () => {
    const graph = makeGraph();
    const drawn = new Map(toCytoscapeElements(graph).map((e) => [String(e.data.id), e]));
    expect(diffElements(drawn, toCytoscapeElements(graph))).toEqual({ add: [], remove: [], data: [], move: [], reparent: [] });
    const next = applyPatch(graph, { positions: [{ id: 'unit', x: 9, y: 9 }], removeRelationshipIds: ['r2'], upsertParties: [{ ...graph.parties[1]!, name: 'Transit' }] });
    const diff = diffElements(drawn, toCytoscapeElements(next));
    expect(diff.remove).toEqual(['relationship:r2']);
    expect(diff.move).toEqual([{ id: 'party:unit', position: { x: 9, y: 9 } }]);
    expect(diff.data.map((d) => [d.id, d.data.label])).toEqual([['party:transit', 'Transit']]);
  });

  it('re-adds an edge whose ends changed', () => {
    const graph = makeGraph();
    const drawn = new Map(toCytoscapeElements(graph).map((e) => [String(e.data.id), e]));
    const rewired = { ...graph, relationships: graph.relationships.map((r) => (r.id === 'r1' ? { ...r, target: 'unit' } : r)) };
    const diff = diffElements(drawn, toCytoscapeElements(rewired));
    expect(diff.remove).toEqual(['relationship:r1']);
    expect(diff.add.map((e) => e.data.id)).toEqual(['relationship:r1']);
  });
});

describe('canvas sync', () => {
  it('draws the projection and follows a delete', () => {
    const { cy, drawn } = setup();
    expect([cy.nodes().length, cy.edges().length]).toEqual([3, 3]);
    syncElements(cy, drawn, toCytoscapeElements(applyPatch(makeGraph(), { removePartyIds: ['transit'] })), false);
    expect([cy.nodes().length, cy.edges().length]).toEqual([2, 1]);
  });

  it('collapses and expands an organisation, and keeps its members when its box goes', () => {
    const base = makeGraph();
    // The transit agency holds the unit.
    const graph = { ...base, parties: base.parties.map((party) => (party.id === 'unit' ? { ...party, partOf: 'transit' } : party)) };
    const project = (collapsed: string[]) => projectOrganisations(toCytoscapeElements(graph), graph.parties, new Set(collapsed));
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const drawn = new Map<string, ElementDefinition>();
    syncElements(cy, drawn, project([]), false);
    expect(cy.$id('party:unit').parent().first().id()).toBe('party:transit');
    syncElements(cy, drawn, project(['transit']), false);
    expect(cy.$id('party:unit').nonempty()).toBe(false);
    expect(cy.$id('party:transit').nonempty()).toBe(true);
    syncElements(cy, drawn, project([]), false);
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual(['party:patients', 'party:transit', 'party:unit']);
    expect(cy.edges()).toHaveLength(3);
    // The organisation deleted: its box goes in the same step as its member leaves it.
    const withoutBox = { parties: graph.parties.filter((party) => party.id !== 'transit').map((party) => ({ ...party, partOf: null })), relationships: [] };
    syncElements(cy, drawn, projectOrganisations(toCytoscapeElements(withoutBox), withoutBox.parties, new Set()), false);
    expect(cy.nodes().map((node) => [node.id(), node.parent().nonempty()])).toEqual([['party:unit', false], ['party:patients', false]]);
    expect(cy.edges()).toHaveLength(0);
  });

  it('hides what filters remove and fades what focus leaves out', () => {
    const { cy } = setup();
    const graph = makeGraph();
    const visible = applyFilters(graph, filterActions.toggleKind(getEmptyFilterState(), 'TRUSTS'));
    syncVisibility(cy, visible, focusNeighbourhood(graph.relationships, visible, ['transit'], 1));
    expect(cy.$('.cw-hidden').map((e) => e.id())).toEqual(['relationship:r3']);
    expect(cy.$('.cw-faded').map((e) => e.id()).sort()).toEqual(['party:unit', 'relationship:r2']);
    syncVisibility(cy, applyFilters(graph, getEmptyFilterState()), null);
    expect(cy.$('.cw-hidden, .cw-faded')).toHaveLength(0);
  });

  it('selects what the state says and reads back what is selected', () => {
    const { cy } = setup();
    applySelection(cy, { partyIds: ['unit', 'patients'], relationshipIds: ['r1'] });
    expect(readSelection(cy)).toEqual({ partyIds: ['unit', 'patients'], relationshipIds: ['r1'] });
    applySelection(cy, { partyIds: [], relationshipIds: [] });
    expect(cy.$(':selected')).toHaveLength(0);
  });
});
