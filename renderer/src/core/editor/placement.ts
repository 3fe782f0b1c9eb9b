// Where parties without a saved position go, so the map never stacks them at one point: a new
// party at the spot the person chose (or the middle of the view, nudged off anything there),
// and parties that arrive without positions (an import) next to the partners they relate to.
import type { PartyPosition } from '../../../../shared/api';
import type { NetworkGraph } from '../../../../shared/domain';
import { concentricLayout } from '../layouts/concentricLayout';
import { toLayoutInput } from '../layouts/layoutInput';

// Room for a node, its label and a readable stretch of line to its neighbours.
const CLEARANCE = 120;

type Area = { x1: number; y1: number; x2: number; y2: number };

/**
 * The nearest clear spot to `wanted`; inside `within` (the part of the view nothing floats over)
 * when one is clear there, so a new party lands where the person can see it, not under the
 * legend or off screen. A crowded view gives the nearest clear spot outside it, and the camera
 * follows the party there.
 */
export function freeSpotNear(graph: Pick<NetworkGraph, 'parties'>, wanted: { x: number; y: number }, within?: Area | null): { x: number; y: number } {
  const taken = graph.parties.filter((party) => party.x !== null && party.y !== null) as Array<{ x: number; y: number }>;
  const isFree = (x: number, y: number) => taken.every((p) => Math.hypot(p.x - x, p.y - y) >= CLEARANCE);
  const inside = (x: number, y: number) => !within || (x >= within.x1 && x <= within.x2 && y >= within.y1 && y <= within.y2);
  let outside: { x: number; y: number } | null = null;
  // Walk a spiral outwards until a spot is clear; 200 steps reach far past any crowd.
  for (let step = 0; step < 200; step += 1) {
    const angle = step * 2.4;
    const radius = step === 0 ? 0 : CLEARANCE * Math.sqrt(step);
    const x = Math.round(wanted.x + radius * Math.cos(angle));
    const y = Math.round(wanted.y + radius * Math.sin(angle));
    if (!isFree(x, y)) continue;
    if (inside(x, y)) return { x, y };
    outside ??= { x, y };
  }
  return outside ?? { x: Math.round(wanted.x), y: Math.round(wanted.y) };
}

export function placeUnplaced(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): PartyPosition[] {
  const unplaced = graph.parties.filter((party) => party.x === null || party.y === null);
  if (unplaced.length === 0) return [];
  // Nothing arranged yet: the concentric layout is instant at any size and already meaningful.
  if (unplaced.length === graph.parties.length) return concentricLayout(toLayoutInput(graph));

  const placed = new Map<string, { x: number; y: number }>();
  for (const party of graph.parties) if (party.x !== null && party.y !== null) placed.set(party.id, { x: party.x, y: party.y });
  const neighbours = new Map<string, string[]>();
  for (const r of graph.relationships) {
    neighbours.set(r.source, [...(neighbours.get(r.source) ?? []), r.target]);
    neighbours.set(r.target, [...(neighbours.get(r.target) ?? []), r.source]);
  }
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const fallback = { x: Math.max(...xs) + 2 * CLEARANCE, y: (Math.min(...ys) + Math.max(...ys)) / 2 };

  const result: PartyPosition[] = [];
  const working = { parties: [...graph.parties] };
  for (const party of unplaced) {
    const anchors = (neighbours.get(party.id) ?? []).flatMap((id) => placed.get(id) ?? []);
    const wanted = anchors.length > 0
      ? { x: anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length, y: anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length }
      : fallback;
    const spot = freeSpotNear(working, wanted);
    placed.set(party.id, spot);
    working.parties = working.parties.map((p) => (p.id === party.id ? { ...p, ...spot } : p));
    result.push({ id: party.id, ...spot });
  }
  return result;
}
