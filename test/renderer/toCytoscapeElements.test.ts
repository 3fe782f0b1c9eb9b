import { describe, expect, it } from 'vitest';
import {
  partyNodeId,
  relationshipEdgeId,
  toCytoscapeElements,
  trustBand,
  amountWeights,
} from '../../renderer/src/core/graph/toCytoscapeElements';
import { makeGraph, unplacedParty } from './fixtures';

describe('toCytoscapeElements', () => {
  it('draws one node per party and one edge per relationship', () => {
    const elements = toCytoscapeElements(makeGraph());
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(3);
    expect(elements.filter((element) => element.group === 'edges')).toHaveLength(3);
  });

  it('gives a node the label, side, type and saved position of its party', () => {
    const node = toCytoscapeElements(makeGraph()).find((element) => element.data.id === partyNodeId('patients'));
    expect(node).toMatchObject({
      group: 'nodes',
      data: { id: 'party:patients', partyId: 'patients', label: 'Patients', shortLabel: 'Patients', side: 'external', type: 'patient' },
      position: { x: 100, y: 150 },
    });
    // The party-type icon, drawn inside the node.
    expect(String(node?.data.icon)).toMatch(/^data:image\/svg\+xml/);
  });

  it('leaves the position out for a party that has none, so the layout places it', () => {
    const graph = { parties: [unplacedParty('a')], relationships: [] };
    expect(toCytoscapeElements(graph)[0]).not.toHaveProperty('position');
  });

  it.each([
    ['r1', { kind: 'RELIES_ON', service: 'transport', criticality: 5, substitutability: 'none' }],
    ['r2', { kind: 'RESOURCE_FLOW', resource: 'beds', amount: 10, unit: 'beds', period: 'year', label: 'beds' }],
    ['r3', { kind: 'TRUSTS', level: 2.4, reliability: 2, trustBand: 2 }],
  ])('gives edge %s its kind and fields', (id, expected) => {
    const edge = toCytoscapeElements(makeGraph()).find((element) => element.data.id === relationshipEdgeId(id));
    expect(edge?.group).toBe('edges');
    expect(edge?.data).toMatchObject({ ...expected, relationshipId: id });
  });

  it('points edges at the prefixed party node ids and leaves storage fields out', () => {
    const edge = toCytoscapeElements(makeGraph()).find((element) => element.data.id === 'relationship:r1');
    expect(edge?.data).toMatchObject({ source: 'party:patients', target: 'party:transit' });
    expect(edge?.data).not.toHaveProperty('version');
    expect(edge?.data).not.toHaveProperty('networkId');
  });

  it('keeps node and edge ids apart even when a party and a relationship share an id', () => {
    const reliance = makeGraph().relationships[0]!;
    const ids = toCytoscapeElements({
      parties: [unplacedParty('r1'), unplacedParty('x')],
      relationships: [{ ...reliance, id: 'r1', source: 'r1', target: 'x' }],
    }).map((element) => element.data.id);
    expect(ids).toEqual(['party:r1', 'party:x', 'relationship:r1']);
  });

  it('skips a relationship whose party is missing instead of breaking the drawing', () => {
    const graph = makeGraph();
    const elements = toCytoscapeElements({ ...graph, parties: graph.parties.filter((party) => party.id !== 'transit') });
    expect(elements.map((element) => element.data.id)).toEqual(['party:unit', 'party:patients', 'relationship:r2']);
  });

  it('does not change its input', () => {
    const graph = makeGraph();
    const before = structuredClone(graph);
    toCytoscapeElements(graph);
    expect(graph).toEqual(before);
  });
});

describe('trustBand', () => {
  it.each([
    [1, 1],
    [1.49, 1],
    [1.5, 2],
    [2.4, 2],
    [3, 3],
    [4.67, 5],
    [5, 5],
  ])('puts level %s in band %s', (level, band) => {
    expect(trustBand(level)).toBe(band);
  });
});

describe('edge widths by amount', () => {
  it('compares amounts within one resource and unit, on a square-root scale', () => {
    const graph = makeGraph();
    const flow = graph.relationships[1]!;
    const more = { ...flow, id: 'r4', amount: 40 };
    const otherUnit = { ...flow, id: 'r5', amount: 1, unit: 'USD' };
    const unknown = { ...flow, id: 'r6', amount: null };
    const weights = amountWeights([flow, more, otherUnit, unknown]);
    expect(weights.get('r2')).toBeCloseTo(0.5);
    expect(weights.get('r4')).toBe(1);
    expect(weights.get('r5')).toBe(1);
    expect(weights.has('r6')).toBe(false);
  });
});
