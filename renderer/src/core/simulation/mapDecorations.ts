// The simulation's layer on the map, as a pure projection: for each party and relationship, the
// classes and data fields the stylesheet layer (simulationStyles.ts) keys on. The editor's own
// projection (toCytoscapeElements) is left as it is; this layer is added on top and removed
// when the simulation is cleared.
import type { PartyCriticality } from '../../../../shared/analysis';
import type { NetworkGraph } from '../../../../shared/domain';
import { mapLabels } from '../graph/mapNames';
import { iconDataUri, iconForType } from '../graph/partyTypeIcons';
import { GRAPH_THEME } from '../graph/theme';
import { impactColour, isDarkFill, WITHDRAWN_BORDER } from './impactScale';
import type { ChainView, SimulationView } from './simulationView';
import { strikeThrough } from './strikeThrough';

export const SIMULATION_CLASSES = ['sim-withdrawn', 'sim-hit', 'sim-unaffected', 'sim-chain', 'sim-dim', 'sim-carrying', 'sim-quiet', 'crit-sized'] as const;

export type NodeDecoration = { classes: string[]; data: Record<string, string | number> };
export type Decorations = { nodes: Map<string, NodeDecoration>; edges: Map<string, string[]> };

// Critical parties grow up to this many times their usual size.
const MAX_SIZE_FACTOR = 2.4;

const DARK_ICON = '#1C2530';
const LIGHT_ICON = '#FFFFFF';

export function criticalitySizes(ranking: readonly PartyCriticality[]): Map<string, number> {
  const top = ranking.reduce((max, entry) => Math.max(max, entry.harm), 0);
  // Area, not width, should follow harm, so the side grows with its square root.
  return new Map(ranking.map((entry) => [entry.id, top > 0 ? 1 + (MAX_SIZE_FACTOR - 1) * Math.sqrt(entry.harm / top) : 1]));
}

/**
 * `reveal`: while a presentation plays a withdrawal (issue 15), only parties at most this many hops
 * from the withdrawn ones show what they lose; the others look untouched until the wave reaches them.
 * Below zero the map shows none of the simulation (the wave's own answer has not come yet).
 */
export function mapDecorations(
  graph: Pick<NetworkGraph, 'parties' | 'relationships'>,
  view: SimulationView | null,
  highlight: ChainView | null,
  sizes: ReadonlyMap<string, number> | null,
  reveal: number | null = null,
): Decorations {
  // Below zero, none of the simulation: the answer on screen is still the previous question's.
  if (reveal !== null && reveal < 0) return mapDecorations(graph, null, highlight, sizes);
  const nodes = new Map<string, NodeDecoration>();
  const edges = new Map<string, string[]>();
  const chainParties = new Set(highlight?.partyIds ?? []);
  const chainEdges = new Set(highlight?.relationshipIds ?? []);
  const classOf = (id: string) => {
    const impactClass = view?.classById[id];
    const notYet = reveal !== null && impactClass !== 'withdrawn' && (view?.hopsById[id] ?? Infinity) > reveal;
    return notYet && impactClass !== undefined ? 'unaffected' : impactClass;
  };
  const hit = (id: string) => {
    const impactClass = classOf(id);
    return impactClass === 'withdrawn' || impactClass === 'affected' || impactClass === 'disrupted';
  };

  for (const party of graph.parties) {
    const classes: string[] = [];
    const data: Record<string, string | number> = {};
    const impactClass = classOf(party.id);
    if (view && impactClass !== undefined) {
      const icon = iconForType(party.type);
      if (impactClass === 'withdrawn') {
        classes.push('sim-withdrawn');
        const names = mapLabels(graph.parties).get(party.id);
        data.simLabel = strikeThrough(names?.label ?? party.name);
        data.simShortLabel = strikeThrough(names?.shortLabel ?? party.name);
        data.simIcon = iconDataUri(icon, LIGHT_ICON);
        data.simBorder = WITHDRAWN_BORDER;
      } else if (impactClass === 'affected' || impactClass === 'disrupted') {
        const fill = impactColour(view.impactById[party.id] ?? 0);
        classes.push('sim-hit');
        data.simFill = fill;
        data.simIcon = iconDataUri(icon, isDarkFill(fill) ? LIGHT_ICON : DARK_ICON);
        data.simBorder = GRAPH_THEME.sides[party.side].border;
      } else {
        classes.push('sim-unaffected');
      }
    }
    if (highlight) classes.push(chainParties.has(party.id) ? 'sim-chain' : 'sim-dim');
    const factor = sizes?.get(party.id);
    if (factor !== undefined) {
      const look = GRAPH_THEME.sides[party.side];
      classes.push('crit-sized');
      data.critWidth = Math.round(look.width * factor);
      data.critHeight = Math.round(look.height * factor);
    }
    if (classes.length > 0) nodes.set(party.id, { classes, data });
  }

  if (view || highlight) {
    for (const relationship of graph.relationships) {
      const classes: string[] = [];
      if (view) {
        // A dependency edge carries the withdrawal when its provider end is hit and its dependent end too.
        const [provider, dependent] =
          relationship.kind === 'RELIES_ON' ? [relationship.target, relationship.source] : [relationship.source, relationship.target];
        const carrying = relationship.kind !== 'TRUSTS' && hit(provider) && hit(dependent) && classOf(dependent) !== 'withdrawn';
        classes.push(carrying ? 'sim-carrying' : 'sim-quiet');
      }
      if (highlight) classes.push(chainEdges.has(relationship.id) ? 'sim-chain' : 'sim-dim');
      edges.set(relationship.id, classes);
    }
  }
  return { nodes, edges };
}
