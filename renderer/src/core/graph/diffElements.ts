// What has to change on the canvas to go from the drawing on screen to a new projection: only
// the elements that were added, removed or changed are touched, so an edit on a map of
// thousands of parties does not redraw all of it.
import type { ElementDefinition } from 'cytoscape';

export type ElementDiff = {
  add: ElementDefinition[];
  remove: string[];
  data: Array<{ id: string; data: Record<string, unknown> }>;
  move: Array<{ id: string; position: { x: number; y: number } }>;
  /** Parties that joined or left an organisation: Cytoscape moves a node to another parent, never by data. */
  reparent: Array<{ id: string; parent: string | null }>;
};

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function idOf(element: ElementDefinition): string {
  return String(element.data.id);
}

export function diffElements(drawn: ReadonlyMap<string, ElementDefinition>, next: readonly ElementDefinition[]): ElementDiff {
  const diff: ElementDiff = { add: [], remove: [], data: [], move: [], reparent: [] };
  const nextIds = new Set<string>();
  for (const element of next) {
    const id = idOf(element);
    nextIds.add(id);
    const before = drawn.get(id);
    // An edge whose ends changed cannot be moved in place: Cytoscape needs it re-added.
    const rewired = before && element.group === 'edges' && (before.data.source !== element.data.source || before.data.target !== element.data.target);
    if (!before || rewired) {
      if (rewired) diff.remove.push(id);
      diff.add.push(element);
      continue;
    }
    const parent = (element.data.parent as string | undefined) ?? null;
    if (element.group === 'nodes' && parent !== ((before.data.parent as string | undefined) ?? null)) diff.reparent.push({ id, parent });
    if (!sameData(before.data as Record<string, unknown>, element.data as Record<string, unknown>)) {
      diff.data.push({ id, data: element.data as Record<string, unknown> });
    }
    const p = element.position;
    const q = before.position;
    if (p && (!q || p.x !== q.x || p.y !== q.y)) diff.move.push({ id, position: p });
  }
  for (const id of drawn.keys()) if (!nextIds.has(id)) diff.remove.push(id);
  return diff;
}
