// The Cytoscape stylesheet, derived from the theme and the render mode. Selectors key on the
// data that toCytoscapeElements sets (side, icon, kind, criticality, amountWeight, trustBand,
// label) and on the classes the canvas sets (cw-hidden, cw-faded).
import type { StylesheetStyle } from 'cytoscape';
import { PARTY_SIDES } from '../../../../shared/domain';
import { SHORT_LABEL_FONT_SIZE } from './labelMode';
import { DEFAULT_RENDER_MODE } from './renderMode';
import type { RenderMode } from './renderMode';
import { GRAPH_THEME, TRUST_BANDS } from './theme';
import type { GraphTheme } from './theme';

const NODE_LABEL = { full: 'data(label)', short: 'data(shortLabel)', none: '' } as const;

export function edgeLooks(theme: GraphTheme, mode: Pick<RenderMode, 'webgl'>) {
  return {
    flowDashed: !mode.webgl,
    trustArrow: mode.webgl ? ('triangle' as const) : ('vee' as const),
    // Under WebGL a solid flow line needs another cue than its dashes: it is drawn thinner.
    flowWidthScale: mode.webgl ? 0.75 : 1,
    flowColor: theme.resourceFlow.color,
  };
}

// How every label looks. Without labels (a large map seen from far out) none of this is set:
// Cytoscape applies each property to each element, and these were a third of styling a
// 60,000-element map.
function labelLook(theme: GraphTheme) {
  return {
    color: theme.text,
    'font-family': theme.fontFamily,
    'min-zoomed-font-size': theme.minZoomedFontSize,
    'text-background-color': theme.labelBackground,
    'text-background-opacity': 0.85,
    'text-background-padding': '2px',
    'text-background-shape': 'roundrectangle' as const,
  };
}

function nodeStyles(theme: GraphTheme, mode: RenderMode): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        ...(mode.labels === 'none'
          ? {}
          : {
              ...labelLook(theme),
              label: NODE_LABEL[mode.labels],
              'font-size': mode.labels === 'short' ? SHORT_LABEL_FONT_SIZE : theme.nodeFontSize,
              'text-valign': 'bottom',
              'text-halign': 'center',
              'text-margin-y': 5,
              'text-wrap': 'wrap',
              'text-max-width': '140px',
            }),
        'border-width': 2,
        'border-style': 'solid',
        // Far out on a large map an icon is a pixel or two: not drawing them saves the WebGL
        // renderer an image per node in its texture atlas.
        'background-image': mode.large && mode.labels === 'none' ? 'none' : 'data(icon)',
        'background-width': theme.iconSize,
        'background-height': theme.iconSize,
        'background-clip': 'none',
      },
    },
    ...PARTY_SIDES.map((side) => {
      const look = theme.sides[side];
      return {
        selector: `node[side = "${side}"]`,
        style: { shape: look.shape, 'background-color': look.fill, 'border-color': look.border, width: look.width, height: look.height },
      };
    }),
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': theme.selection,
        'underlay-color': theme.selection,
        'underlay-opacity': 0.18,
        'underlay-padding': 7,
      },
    },
  ];
}

// Far out on a large canvas map an edge is a hairline without an arrowhead: Cytoscape's haystack
// edge, which skips the search for parallel edges and their end points that every straight edge
// pays whenever a party moves (half of a saved view's first frame at 15,000 elements, profiled).
function edgeCurve(mode: RenderMode): 'bezier' | 'straight' | 'haystack' {
  if (mode.large && !mode.webgl && mode.labels === 'none') return 'haystack';
  return mode.webgl || mode.large ? 'straight' : 'bezier';
}

function edgeStyles(theme: GraphTheme, mode: RenderMode): StylesheetStyle[] {
  const looks = edgeLooks(theme, mode);
  const flow = theme.resourceFlow;
  return [
    {
      selector: 'edge',
      style: {
        ...(mode.labels === 'none' ? {} : { ...labelLook(theme), 'font-size': theme.edgeFontSize }),
        'curve-style': edgeCurve(mode),
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
        'line-style': looks.flowDashed ? 'dashed' : 'solid',
        ...(looks.flowDashed ? { 'line-dash-pattern': flow.dashPattern } : {}),
        'line-color': flow.color,
        'target-arrow-color': flow.color,
        width: flow.width * looks.flowWidthScale,
        ...(mode.labels === 'full' ? { label: 'data(label)', color: flow.labelColor } : {}),
      },
    },
    {
      selector: 'edge[kind = "RESOURCE_FLOW"][amountWeight >= 0]',
      style: {
        width: `mapData(amountWeight, 0, 1, ${flow.minWidth * looks.flowWidthScale}, ${flow.maxWidth * looks.flowWidthScale})`,
      },
    },
    {
      selector: 'edge[kind = "TRUSTS"]',
      style: { 'line-style': 'solid', 'target-arrow-shape': looks.trustArrow, width: theme.trust.width },
    },
    ...TRUST_BANDS.map((band) => ({
      selector: `edge[kind = "TRUSTS"][trustBand = ${band}]`,
      style: {
        'line-color': theme.trust.colors[band],
        'target-arrow-color': theme.trust.colors[band],
        width: theme.trust.widths[band],
        // WebGL cannot dash a line; the width still tells the levels apart there.
        ...(band <= theme.trust.dottedUpTo && !mode.webgl ? { 'line-style': 'dotted' as const } : {}),
      },
    })),
    // Far out on a large map an arrowhead is under a pixel, yet drawing them was the largest cost
    // of a frame (profiled at 25k elements); the direction shows again on zooming in.
    ...(mode.large && mode.labels === 'none' ? [{ selector: 'edge', style: { 'target-arrow-shape': 'none' as const } }] : []),
    {
      selector: 'edge:selected',
      style: { 'underlay-color': theme.selection, 'underlay-opacity': 0.22, 'underlay-padding': 5, opacity: 1 },
    },
  ];
}

/** A node drawn faint — fill, border and icon — with its name still legible. */
export function fadedShape(opacity: number) {
  return { 'background-opacity': opacity, 'border-opacity': opacity, 'background-image-opacity': opacity, 'text-opacity': FADED_TEXT_OPACITY };
}

// Dark ink at this opacity over its white label background stays above 7:1.
const FADED_TEXT_OPACITY = 0.8;

// Interaction states: filtered out, faded by focus, and the line drawn while connecting parties.
function stateStyles(theme: GraphTheme): StylesheetStyle[] {
  return [
    { selector: '.cw-hidden', style: { display: 'none' } },
    // The shape fades, the name stays readable (WCAG 1.4.3): a faded party can still be found.
    { selector: 'node.cw-faded', style: fadedShape(theme.fadedOpacity) },
    { selector: 'edge.cw-faded', style: { opacity: theme.fadedOpacity * 0.8 } },
    // The timeline (issue 12): a relationship not in effect on the day shown.
    { selector: 'edge.cw-out-of-term', style: { opacity: theme.fadedOpacity * 0.6, label: '' } },
    {
      // Edges only: edgehandles also puts eh-preview on the target node.
      selector: 'edge.eh-preview, edge.eh-ghost-edge',
      style: {
        'line-color': theme.draft,
        'target-arrow-color': theme.draft,
        'target-arrow-shape': 'triangle',
        'line-style': 'solid',
        width: 2.5,
        opacity: 1,
        label: '',
      },
    },
    { selector: '.eh-ghost-node', style: { opacity: 0, label: '', 'background-image': 'none' } },
    { selector: 'node.eh-hover, node.eh-target', style: { 'border-width': 4, 'border-color': theme.draft } },
    { selector: 'node.eh-source', style: { 'border-width': 4, 'border-color': theme.draft } },
    // The party the keyboard is on (views/map/controllers/KeyboardController): a ring in the
    // app's focus colour, wider than the selection's, so it shows on a selected party too.
    {
      selector: 'node.cw-keyfocus',
      style: { 'border-width': 4, 'border-color': theme.keyFocus, 'underlay-color': theme.keyFocus, 'underlay-opacity': 0.35, 'underlay-padding': 10, 'underlay-shape': 'ellipse' },
    },
  ];
}

export function buildStylesheet(theme: GraphTheme = GRAPH_THEME, mode: RenderMode = DEFAULT_RENDER_MODE): StylesheetStyle[] {
  return [...nodeStyles(theme, mode), ...edgeStyles(theme, mode), ...stateStyles(theme)];
}
