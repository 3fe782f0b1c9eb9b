// The renderer's withdrawal-simulation projections: what the worker sends, what the map layer
// sets on each element, and the colour scale — all pure, checked on the fixture network.
//   Patients rely on County Transit for transport (5, no substitute): d = 1.
//   The unit sends Patients 10 beds, their only beds: d = 1. The unit trusts Transit 2.4.
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import { criticalitySizes, mapDecorations } from '../../renderer/src/core/simulation/mapDecorations';
import { formatImpact, impactColour, isDarkFill, legendGradient } from '../../renderer/src/core/simulation/impactScale';
import { sameImpactNetwork, toImpactNetwork } from '../../renderer/src/core/simulation/toImpactNetwork';
import { toSimulationView } from '../../renderer/src/core/simulation/simulationView';
import { strikeThrough } from '../../renderer/src/core/simulation/strikeThrough';
import { makeGraph } from './fixtures';

const graph = makeGraph();
const nameOf = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? id;

function simulate(withdrawn: string[]) {
  const result = simulateWithdrawal(compileNetwork(toImpactNetwork(graph)), withdrawn);
  return toSimulationView(result, nameOf);
}

describe('toImpactNetwork', () => {
  it('keeps only what the model reads and drops relationships whose party is gone', () => {
    const network = toImpactNetwork({ parties: graph.parties.slice(1), relationships: graph.relationships });
    expect(network.parties).toEqual([
      { id: 'transit', name: 'County Transit', side: 'internal', type: 'community agency' },
      { id: 'patients', name: 'Patients', side: 'external', type: 'patient' },
    ]);
    // r2 (unit → patients) and r3 (unit → transit) lost their source.
    expect(network.relationships).toEqual([
      { id: 'r1', source: 'patients', target: 'transit', kind: 'RELIES_ON', service: 'transport', criticality: 5, substitutability: 'none' },
    ]);
  });
});

describe('sameImpactNetwork', () => {
  it('ignores what the model does not read (positions, notes) and notices what it does', () => {
    const moved = { ...graph, parties: graph.parties.map((party) => ({ ...party, x: (party.x ?? 0) + 10, notes: 'moved' })) };
    expect(sameImpactNetwork(toImpactNetwork(graph), toImpactNetwork(moved))).toBe(true);
    const renamed = { ...graph, parties: graph.parties.map((party) => (party.id === 'unit' ? { ...party, name: 'Unit' } : party)) };
    expect(sameImpactNetwork(toImpactNetwork(graph), toImpactNetwork(renamed))).toBe(false);
    const weaker = { ...graph, relationships: graph.relationships.map((r) => (r.kind === 'RELIES_ON' ? { ...r, criticality: 2 } : r)) };
    expect(sameImpactNetwork(toImpactNetwork(graph), toImpactNetwork(weaker))).toBe(false);
  });
});

describe('toSimulationView', () => {
  it('sends the summary, the patients first with their chain in words, and every impact', () => {
    const view = simulate(['transit']);
    expect(view.withdrawn).toEqual([{ id: 'transit', name: 'County Transit' }]);
    expect(view.summary).toMatchObject({ affected: 1, disrupted: 1, externalAffected: 1 });
    expect(view.external.total).toBe(1);
    expect(view.external.rows[0]).toMatchObject({ id: 'patients', impact: 1, impactClass: 'disrupted', hops: 1 });
    expect(view.external.rows[0]!.chain).toEqual({
      sentence: 'Patients ← rely on transport ← provided by County Transit (withdrawn)',
      partyIds: ['patients', 'transit'],
      relationshipIds: ['r1'],
      strength: 1,
      losing: 'transport',
    });
    expect(view.others).toEqual({ rows: [], total: 0 });
    expect(view.classById).toEqual({ transit: 'withdrawn', patients: 'disrupted', unit: 'unaffected' });
  });

  it('names what a disrupted party lost, from whom, and who else provides it', () => {
    const view = simulate(['unit']);
    const patients = view.external.rows[0]!;
    expect(patients.mitigation).toEqual([{ lost: 'beds', lostKind: 'resource', from: ['Geri-psych unit'], severity: 1, candidates: [] }]);
  });

  it('sends only the first rows of a long list, with the total', () => {
    const result = simulateWithdrawal(compileNetwork(toImpactNetwork(graph)), ['transit']);
    expect(toSimulationView(result, nameOf, 0).external).toEqual({ rows: [], total: 1 });
  });
});

describe('mapDecorations', () => {
  it('greys and strikes the withdrawn party, colours the affected ones and fades the rest', () => {
    const { nodes, edges } = mapDecorations(graph, simulate(['transit']), null, null);
    expect(nodes.get('transit')).toMatchObject({ classes: ['sim-withdrawn'], data: { simLabel: strikeThrough('County Transit') } });
    expect(nodes.get('patients')).toMatchObject({ classes: ['sim-hit'], data: { simFill: impactColour(1) } });
    expect(String(nodes.get('patients')!.data.simIcon)).toContain(encodeURIComponent('#FFFFFF'));
    expect(nodes.get('unit')).toEqual({ classes: ['sim-unaffected'], data: {} });
    // r1 carries the withdrawal to the patients; the beds flow and the trust do not.
    expect(Object.fromEntries(edges)).toEqual({ r1: ['sim-carrying'], r2: ['sim-quiet'], r3: ['sim-quiet'] });
  });

  it('highlights a chain and dims everything else', () => {
    const view = simulate(['transit']);
    const { nodes, edges } = mapDecorations(graph, view, view.external.rows[0]!.chain, null);
    expect(nodes.get('patients')!.classes).toEqual(['sim-hit', 'sim-chain']);
    expect(nodes.get('unit')!.classes).toEqual(['sim-unaffected', 'sim-dim']);
    expect(edges.get('r1')).toEqual(['sim-carrying', 'sim-chain']);
    expect(edges.get('r2')).toEqual(['sim-quiet', 'sim-dim']);
  });

  it('sizes parties by harm (area follows harm), with no simulation on screen', () => {
    const sizes = criticalitySizes([
      { id: 'transit', name: 'County Transit', side: 'internal', type: 'x', harm: 4, affected: 1, disrupted: 1, externalAffected: 1, harmMargin: 0 },
      { id: 'unit', name: 'Geri-psych unit', side: 'internal', type: 'x', harm: 1, affected: 1, disrupted: 1, externalAffected: 1, harmMargin: 0 },
      { id: 'patients', name: 'Patients', side: 'external', type: 'x', harm: 0, affected: 0, disrupted: 0, externalAffected: 0, harmMargin: 0 },
    ]);
    // 1 + 1.4 × √(harm / 4): 2.4, 1.7 and 1.
    expect(sizes.get('transit')).toBeCloseTo(2.4, 12);
    expect(sizes.get('unit')).toBeCloseTo(1.7, 12);
    expect(sizes.get('patients')).toBe(1);
    const { nodes, edges } = mapDecorations(graph, null, null, sizes);
    expect(nodes.get('transit')).toEqual({ classes: ['crit-sized'], data: { critWidth: 120, critHeight: 82 } });
    expect(edges.size).toBe(0);
  });

  it('adds nothing when there is nothing to show', () => {
    const { nodes, edges } = mapDecorations(graph, null, null, null);
    expect(nodes.size + edges.size).toBe(0);
  });
});

describe('impact colours', () => {
  it('runs from viridis yellow to viridis violet, darker as the impact grows', () => {
    expect(impactColour(0)).toBe('#FDE725');
    expect(impactColour(1)).toBe('#440154');
    expect(impactColour(-1)).toBe('#FDE725');
    expect(impactColour(Number.NaN)).toBe('#FDE725');
    const luminance = (colour: string) => [1, 3, 5].reduce((sum, at, k) => sum + [0.2126, 0.7152, 0.0722][k]! * parseInt(colour.slice(at, at + 2), 16), 0);
    const steps = Array.from({ length: 21 }, (_, i) => luminance(impactColour(i / 20)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeLessThan(steps[i - 1]!);
  });

  it('switches icons to white on dark fills only', () => {
    expect(isDarkFill(impactColour(0))).toBe(false);
    expect(isDarkFill(impactColour(0.5))).toBe(false);
    expect(isDarkFill(impactColour(1))).toBe(true);
  });

  it('gives the legend the same scale and people whole percentages', () => {
    expect(legendGradient(2)).toBe(`linear-gradient(to right, ${impactColour(0)}, ${impactColour(0.5)}, ${impactColour(1)})`);
    expect([0, 0.001, 0.8125, 1].map(formatImpact)).toEqual(['0%', '<1%', '81%', '100%']);
  });

  it('strikes through every character but spaces', () => {
    expect(strikeThrough('A b')).toBe('A\u0336 b\u0336');
  });
});
