// The simulation's layer of the Cytoscape stylesheet, appended by mapStylesheet after the
// editor's rules so it wins where both apply. Keyed on the classes and data fields of
// mapDecorations.ts; without those classes it changes nothing.
import type { StylesheetStyle } from 'cytoscape';
import type { RenderMode } from '../graph/renderMode';
import { fadedShape } from '../graph/buildStylesheet';
import { GRAPH_THEME } from '../graph/theme';
import { WITHDRAWN_BORDER, WITHDRAWN_FILL } from './impactScale';

// Vermillion (Okabe–Ito) is not on the viridis scale, so a highlighted chain stands out from
// every impact colour, including for colour-blind readers.
export const CHAIN_COLOUR = '#D55E00';
const UNAFFECTED_OPACITY = 0.28;

const STRUCK_LABEL = { full: 'data(simLabel)', short: 'data(simShortLabel)', none: '' } as const;

export function simulationStyles(mode: RenderMode): StylesheetStyle[] {
  return [
    {
      selector: 'node.sim-hit',
      style: { 'background-color': 'data(simFill)', 'border-color': 'data(simBorder)', 'background-image': 'data(simIcon)' },
    },
    {
      selector: 'node.sim-withdrawn',
      style: {
        'background-color': WITHDRAWN_FILL,
        'border-color': WITHDRAWN_BORDER,
        'border-style': 'dashed',
        'background-image': 'data(simIcon)',
        label: STRUCK_LABEL[mode.labels],
        color: WITHDRAWN_BORDER,
      },
    },
    { selector: 'node.sim-unaffected', style: fadedShape(UNAFFECTED_OPACITY) },
    { selector: 'edge.sim-quiet', style: { opacity: 0.12 } },
    { selector: 'edge.sim-carrying', style: { opacity: 1 } },
    { selector: 'node.crit-sized', style: { width: 'data(critWidth)', height: 'data(critHeight)' } },
    // Dimmed, not hidden: the impact colours stay readable around a highlighted chain.
    { selector: 'node.sim-dim', style: fadedShape(0.4) },
    { selector: 'edge.sim-dim', style: { opacity: 0.08 } },
    {
      selector: 'node.sim-chain',
      style: { ...fadedShape(1), 'text-opacity': 1, 'border-width': 4, 'border-color': CHAIN_COLOUR, 'underlay-color': CHAIN_COLOUR, 'underlay-opacity': 0.2, 'underlay-padding': 6 },
    },
    {
      selector: 'edge.sim-chain',
      style: { opacity: 1, width: 5, 'line-color': CHAIN_COLOUR, 'target-arrow-color': CHAIN_COLOUR, 'line-style': 'solid', 'z-index': 10 },
    },
    // The selection must stay visible over the simulation's colours.
    { selector: 'node.sim-hit:selected, node.sim-withdrawn:selected', style: { 'border-width': 4, 'border-color': GRAPH_THEME.selection } },
  ];
}
