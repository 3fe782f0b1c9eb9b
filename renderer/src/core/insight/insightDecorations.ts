// Network insight's layer on the map, as a pure projection: a badge on each single point of
// failure, and parties sized by betweenness or by harm. Each party gets the classes and data
// fields the stylesheet entries of insightStyles.ts key on.
import type { PartySide } from '../../../../shared/domain';
import type { PartyInsight } from '../../../../shared/insight';
import { GRAPH_THEME } from '../graph/theme';
import type { SizeBy } from './insightState';

export const INSIGHT_CLASSES = ['insight-spof', 'insight-sized'] as const;

export type InsightDecoration = { classes: string[]; data: Record<string, number> };

// The largest party grows to this many times its usual size, as the harm sizing does.
export const MAX_SIZE_FACTOR = 2.4;

export function insightDecorations(parties: readonly PartyInsight[] | null, badges: boolean, sizeBy: SizeBy): Map<string, InsightDecoration> {
  const decorations = new Map<string, InsightDecoration>();
  if (!parties) return decorations;
  const measure = sizeBy === 'betweenness' ? (party: PartyInsight) => party.betweenness : sizeBy === 'harm' ? (party: PartyInsight) => party.harm ?? 0 : null;
  const top = measure ? parties.reduce((max, party) => Math.max(max, measure(party)), 0) : 0;
  for (const party of parties) {
    const classes: string[] = [];
    const data: Record<string, number> = {};
    if (badges && party.singlePointOfFailure) classes.push('insight-spof');
    if (measure && top > 0) {
      // Area, not width, follows the measure, so the side grows with its square root.
      const factor = 1 + (MAX_SIZE_FACTOR - 1) * Math.sqrt(Math.max(0, measure(party)) / top);
      const look = GRAPH_THEME.sides[party.side as PartySide];
      classes.push('insight-sized');
      data.insightWidth = Math.round(look.width * factor);
      data.insightHeight = Math.round(look.height * factor);
    }
    if (classes.length > 0) decorations.set(party.id, { classes, data });
  }
  return decorations;
}

export function sameDecorations(a: ReadonlyMap<string, InsightDecoration>, b: ReadonlyMap<string, InsightDecoration>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, mine] of a) {
    const theirs = b.get(id);
    if (!theirs || mine.classes.join(' ') !== theirs.classes.join(' ')) return false;
    const keys = Object.keys(mine.data);
    if (keys.length !== Object.keys(theirs.data).length || keys.some((key) => mine.data[key] !== theirs.data[key])) return false;
  }
  return true;
}
