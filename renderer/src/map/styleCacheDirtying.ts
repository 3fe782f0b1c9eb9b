// Cytoscape forgets an element's cached style whenever one of its style properties is applied,
// together with the cached styles of the elements whose style may depend on it. Once a map has an
// organisation (a compound node), Cytoscape 3.34 finds those by building four collections per
// property per element (itself, descendants, ancestors, their edges): half the cost of styling
// an organisation's members as it expands, and a fifth of a saved view's first frame at 9,500
// elements (profiled in headless Chromium, bench/organisationsAndViews.bench.ts). This walks the
// same elements through Cytoscape's own links instead and forgets exactly the same styles
// (test/renderer/styleCacheDirtying.test.ts holds it to the original on compound graphs, and
// to the version it was checked against).
import cytoscape from 'cytoscape';

/** The Cytoscape version whose dirtyStyleCache this replaces, checked by the test. */
export const CHECKED_CYTOSCAPE_VERSION = '3.34.4';

// Cytoscape's private element record: only the links walked here. Not part of its typings.
type ElementRecord = {
  group: 'nodes' | 'edges';
  styleCache: unknown;
  edges: Array<{ _private: ElementRecord }>;
  children: Array<{ _private: ElementRecord }>;
  parent: { _private: ElementRecord } | null;
};
type Collection = ArrayLike<{ _private: ElementRecord }>;
type Prototype = { dirtyStyleCache: (this: Collection) => Collection };

function forget(element: ElementRecord): void {
  element.styleCache = null;
}

function forgetWithEdges(element: ElementRecord): void {
  forget(element);
  if (element.group === 'nodes') for (const edge of element.edges) forget(edge._private);
}

function forgetDescendants(node: ElementRecord): void {
  for (const child of node.children) {
    forgetWithEdges(child._private);
    forgetDescendants(child._private);
  }
}

function dirtyStyleCache(this: Collection): Collection {
  for (let index = 0; index < this.length; index++) {
    const element = this[index]!._private;
    forgetWithEdges(element);
    if (element.group !== 'nodes') continue;
    // Without compound nodes there are no children or parents: the same as Cytoscape's flat case.
    forgetDescendants(element);
    for (let parent = element.parent; parent; parent = parent._private.parent) forgetWithEdges(parent._private);
  }
  return this;
}

let original: Prototype['dirtyStyleCache'] | null = null;

/** Cytoscape's own implementation, for the test to compare with. */
export function originalDirtyStyleCache(): Prototype['dirtyStyleCache'] | null {
  return original;
}

/** The running Cytoscape's version (its typings leave the field out). */
export function cytoscapeVersion(): string {
  return String((cytoscape as unknown as { version?: unknown }).version);
}

/**
 * Replaces the method on Cytoscape's collection prototype, once, for every instance — only on
 * the version it was checked against: another keeps its own until the test passes on it.
 */
export function installStyleCacheDirtying(): void {
  if (original || cytoscapeVersion() !== CHECKED_CYTOSCAPE_VERSION) return;
  const probe = cytoscape({ headless: true, styleEnabled: false });
  const prototype = Object.getPrototypeOf(probe.collection()) as Prototype;
  probe.destroy();
  original = prototype.dirtyStyleCache;
  prototype.dirtyStyleCache = dirtyStyleCache;
}
