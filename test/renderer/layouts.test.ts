import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../renderer/src/workers/computeLayout';
import { concentricLayout } from '../../renderer/src/core/layouts/concentricLayout';
import { iterationsFor } from '../../renderer/src/core/layouts/forceAtlas2Layout';
import { normaliseSpread, toLayoutInput } from '../../renderer/src/core/layouts/layoutInput';
import type { LayoutInput } from '../../renderer/src/core/layouts/layoutInput';
import { FCOSE_MAX_PARTIES, LAYOUTS, layoutById, reportsProgress } from '../../renderer/src/core/layouts/layoutRegistry';
import { makeGraph } from './fixtures';

function chain(count: number, internalEvery = 3): LayoutInput {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, internal: i % internalEvery !== 0, width: 40, height: 30, x: null, y: null }));
  const edges = nodes.slice(1).map((node, i) => ({ source: `n${i}`, target: node.id, kind: 'RELIES_ON' as const }));
  return { nodes, edges };
}

const radius = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('layout registry', () => {
  it('lists force-directed, concentric and hierarchical, each described', () => {
    expect(LAYOUTS.map((layout) => layout.id)).toEqual(['force', 'concentric', 'hierarchical']);
    for (const layout of LAYOUTS) expect(layout.description.length).toBeGreaterThan(20);
  });

  it('picks fcose for small maps and ForceAtlas2 beyond', () => {
    const force = layoutById('force');
    expect(force.algorithmFor(FCOSE_MAX_PARTIES)).toBe('fcose');
    expect(force.algorithmFor(FCOSE_MAX_PARTIES + 1)).toBe('forceAtlas2');
    expect(reportsProgress('forceAtlas2')).toBe(true);
    expect(layoutById('hierarchical').algorithmFor(10)).toBe('dagre');
    expect(() => layoutById('spiral' as never)).toThrow(/Unknown layout/);
  });

  it('spends fewer iterations per node as maps grow', () => {
    expect(iterationsFor(500)).toBeGreaterThan(iterationsFor(20_000));
  });
});

describe('layouts', () => {
  it('concentric puts every internal customer closer to the middle than any external one', () => {
    const positions = concentricLayout(chain(40));
    const input = chain(40);
    const internal = new Set(input.nodes.filter((n) => n.internal).map((n) => n.id));
    const maxInternal = Math.max(...positions.filter((p) => internal.has(p.id)).map(radius));
    const minExternal = Math.min(...positions.filter((p) => !internal.has(p.id)).map(radius));
    expect(maxInternal).toBeLessThan(minExternal);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(40);
  });

  it.each(['fcose', 'forceAtlas2', 'dagre', 'concentric'] as const)('%s places every party at a distinct finite point', (algorithm) => {
    const input = chain(30);
    const positions = computeLayout(algorithm, input);
    expect(positions.map((p) => p.id).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(30);
  });

  it('hierarchical puts who relies above whom they rely on', () => {
    const positions = new Map(computeLayout('dagre', toLayoutInput(makeGraph())).map((p) => [p.id, p]));
    // r1: patients rely on transit.
    expect(positions.get('patients')!.y).toBeLessThan(positions.get('transit')!.y);
  });

  it('ForceAtlas2 reports progress up to the end and is deterministic', () => {
    const seen: number[] = [];
    const first = computeLayout('forceAtlas2', chain(50), (done, total) => seen.push(done / total));
    expect(seen.at(-1)).toBe(1);
    expect(computeLayout('forceAtlas2', chain(50))).toEqual(first);
  });

  it('normalises a layout to the wanted spacing around the origin', () => {
    const spread = normaliseSpread([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 1, y: 1 }, { id: 'c', x: 2, y: 0 }, { id: 'd', x: 1, y: 2 }], 100);
    const xs = spread.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(200, 0);
    expect(spread.find((p) => p.id === 'b')).toMatchObject({ x: 0, y: 0 });
  });
});
