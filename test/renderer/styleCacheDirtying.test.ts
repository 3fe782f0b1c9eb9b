// The map's replacement for Cytoscape's dirtyStyleCache (renderer/src/map/styleCacheDirtying.ts)
// forgets exactly the styles Cytoscape's own would, on compound graphs nested three deep and on
// flat ones, for single elements and collections — and is installed only on the version checked.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  CHECKED_CYTOSCAPE_VERSION,
  cytoscapeVersion,
  installStyleCacheDirtying,
  originalDirtyStyleCache,
} from '../../renderer/src/map/styleCacheDirtying';

// A seeded generator, so a failure names a graph that can be built again.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

function graph(seed: number, compound: boolean): ElementDefinition[] {
  const next = random(seed);
  const nodes: ElementDefinition[] = [];
  for (let index = 0; index < 40; index++) {
    // Organisations nest: a node may sit inside one made before it.
    const parent = compound && index > 0 && next() < 0.5 ? `n${Math.floor(next() * index)}` : undefined;
    nodes.push({ group: 'nodes', data: { id: `n${index}`, ...(parent ? { parent } : {}) } });
  }
  const edges: ElementDefinition[] = [];
  for (let index = 0; index < 80; index++) {
    edges.push({ group: 'edges', data: { id: `e${index}`, source: `n${Math.floor(next() * 40)}`, target: `n${Math.floor(next() * 40)}` } });
  }
  return [...nodes, ...edges];
}

type Record = { styleCache: unknown };
const record = (element: unknown) => (element as { _private: Record })._private;

// Which elements lose their cached style when `dirty` is called on `ids`.
function forgotten(cy: Core, ids: string[], dirty: { call(self: unknown): unknown }): string[] {
  cy.elements().forEach((element) => {
    record(element).styleCache = {};
  });
  const chosen = cy.collection();
  for (const id of ids) chosen.merge(cy.getElementById(id));
  dirty.call(chosen);
  return cy
    .elements()
    .filter((element) => record(element).styleCache === null)
    .map((element) => element.id())
    .sort();
}

describe('forgetting cached styles', () => {
  installStyleCacheDirtying();
  const original = originalDirtyStyleCache();

  it('is installed on the Cytoscape version it was checked against', () => {
    // An upgrade fails here: check the replacement against the new version's own, then update.
    expect(cytoscapeVersion()).toBe(CHECKED_CYTOSCAPE_VERSION);
    expect(original).not.toBeNull();
  });

  it('forgets exactly what Cytoscape forgets, with and without organisations', () => {
    for (const compound of [true, false]) {
      for (let seed = 1; seed <= 25; seed++) {
        const cy = cytoscape({ headless: true, styleEnabled: true, elements: graph(seed, compound) });
        const replacement = (cy.collection() as unknown as { dirtyStyleCache: { call(self: unknown): unknown } }).dirtyStyleCache;
        const next = random(seed * 7);
        const ids = cy.elements().map((element) => element.id());
        const picks = [[ids[0]!], [ids[ids.length - 1]!], ...Array.from({ length: 6 }, () => ids.filter(() => next() < 0.1))];
        for (const pick of picks) {
          expect(forgotten(cy, pick, replacement), `seed ${seed}, ${compound ? 'compound' : 'flat'}, ${pick.join(' ')}`).toEqual(forgotten(cy, pick, original!));
        }
        cy.destroy();
      }
    }
  });

  it('keeps a restyled organisation drawn right: a member takes its new box colour', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { group: 'nodes', data: { id: 'hospital' } },
        { group: 'nodes', data: { id: 'pharmacy', parent: 'hospital' } },
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'blue' } },
        { selector: '.closed > node', style: { 'background-color': 'grey' } },
      ],
    });
    expect(cy.$id('pharmacy').style('background-color')).toBe('rgb(0,0,255)');
    cy.$id('hospital').addClass('closed');
    expect(cy.$id('pharmacy').style('background-color')).toBe('rgb(128,128,128)');
    cy.destroy();
  });
});
