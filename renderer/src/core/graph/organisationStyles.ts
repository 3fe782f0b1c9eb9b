// How organisations look (issue 15), keyed on what organisationProjection.ts sets: an open
// organisation is a light box around its members with its name on top; a collapsed one is a
// larger box with a double border that says how many departments and relationships it holds;
// a bundle of its relationships is a line as thick as it is full, labelled with its count.
import type { StylesheetStyle } from 'cytoscape';
import { PARTY_SIDES } from '../../../../shared/domain';
import type { RenderMode } from './renderMode';
import type { GraphTheme } from './theme';

export const ORGANISATION_LOOK = {
  fill: '#F4F7FA',
  padding: 22,
  collapsedWidth: 96,
  collapsedHeight: 56,
  bundleMinWidth: 2,
  bundleMaxWidth: 9,
  // Bundles this full and fuller are drawn at the widest.
  bundleFull: 12,
} as const;

export function organisationStyles(theme: GraphTheme, mode: RenderMode): StylesheetStyle[] {
  const labelled = mode.labels !== 'none';
  return [
    {
      selector: 'node:parent',
      style: {
        shape: 'round-rectangle',
        'background-color': ORGANISATION_LOOK.fill,
        'background-opacity': 0.75,
        'background-image': 'none',
        'border-style': 'dashed',
        'border-width': 1.5,
        padding: `${ORGANISATION_LOOK.padding}px`,
        ...(labelled ? { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-weight': 'bold' } : {}),
      },
    },
    ...PARTY_SIDES.map((side) => ({ selector: `node:parent[side = "${side}"]`, style: { 'border-color': theme.sides[side].border } })),
    // Selected, the box is outlined rather than shaded: shading would cover its members.
    { selector: 'node:parent:selected', style: { 'border-style': 'solid', 'border-width': 3, 'border-color': theme.selection, 'underlay-opacity': 0.05 } },
    // Cytoscape passes a box's opacity on to everything inside it: an organisation the simulation
    // fades (unaffected, or off a highlighted chain) fades its frame and name only, so the members
    // it holds keep their own colours — a hit department inside an unharmed hospital still shows.
    { selector: 'node:parent.sim-unaffected, node:parent.sim-dim', style: { opacity: 1, 'background-opacity': 0.3, 'border-opacity': 0.3, 'text-opacity': 0.3 } },
    {
      selector: 'node[?collapsed]',
      style: {
        shape: 'round-rectangle',
        width: ORGANISATION_LOOK.collapsedWidth,
        height: ORGANISATION_LOOK.collapsedHeight,
        'border-style': 'double',
        'border-width': 5,
      },
    },
    {
      selector: 'edge[bundled]',
      style: {
        width: `mapData(bundled, 1, ${ORGANISATION_LOOK.bundleFull}, ${ORGANISATION_LOOK.bundleMinWidth}, ${ORGANISATION_LOOK.bundleMaxWidth})`,
        ...(labelled ? { label: 'data(label)', 'font-weight': 'bold', 'font-size': theme.edgeFontSize + 1 } : {}),
      },
    },
    // An organisation filtered out: its box goes, its members stay.
    { selector: 'node.cw-hidden-box', style: { 'background-opacity': 0, 'border-opacity': 0, label: '', events: 'no' } },
  ];
}
