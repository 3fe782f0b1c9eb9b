// The Cytoscape stylesheet, derived from the theme. Selectors key on the data that
// toCytoscapeElements sets (side, kind, criticality, trustBand, label).
import type { StylesheetStyle } from 'cytoscape';
import { PARTY_SIDES } from '../../../../shared/domain';
import { GRAPH_THEME, TRUST_BANDS } from './theme';
import type { GraphTheme } from './theme';

export function buildStylesheet(theme: GraphTheme = GRAPH_THEME): StylesheetStyle[] {
  const labelBase = {
    color: theme.text,
    'font-family': theme.fontFamily,
    'min-zoomed-font-size': theme.minZoomedFontSize,
    'text-background-color': theme.labelBackground,
    'text-background-opacity': 0.85,
    'text-background-padding': '2px',
    'text-background-shape': 'roundrectangle',
  } as const;

  return [
    {
      selector: 'node',
      style: {
        ...labelBase,
        label: 'data(label)',
        'font-size': theme.nodeFontSize,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'border-width': 2,
        'border-style': 'solid',
      },
    },
    ...PARTY_SIDES.map((side) => {
      const look = theme.sides[side];
      return {
        selector: `node[side = "${side}"]`,
        style: {
          shape: look.shape,
          'background-color': look.fill,
          'border-color': look.border,
          width: look.width,
          height: look.height,
        },
      };
    }),
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': theme.selection },
    },
    {
      selector: 'edge',
      style: {
        ...labelBase,
        'curve-style': 'bezier',
        'font-size': theme.edgeFontSize,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        opacity: 0.9,
      },
    },
    {
      selector: 'edge[kind = "RELIES_ON"]',
      style: {
        'line-style': 'solid',
        'line-color': theme.reliance.color,
        'target-arrow-color': theme.reliance.color,
        width: `mapData(criticality, 1, 5, ${theme.reliance.minWidth}, ${theme.reliance.maxWidth})`,
      },
    },
    {
      selector: 'edge[kind = "RESOURCE_FLOW"]',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': theme.resourceFlow.dashPattern,
        'line-color': theme.resourceFlow.color,
        'target-arrow-color': theme.resourceFlow.color,
        width: theme.resourceFlow.width,
        label: 'data(label)',
        color: theme.resourceFlow.labelColor,
      },
    },
    {
      selector: 'edge[kind = "TRUSTS"]',
      style: { 'line-style': 'solid', 'target-arrow-shape': 'vee', width: theme.trust.width },
    },
    ...TRUST_BANDS.map((band) => ({
      selector: `edge[kind = "TRUSTS"][trustBand = ${band}]`,
      style: { 'line-color': theme.trust.colors[band], 'target-arrow-color': theme.trust.colors[band] },
    })),
  ];
}
