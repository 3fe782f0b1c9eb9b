// Network insight's entries in the map's stylesheet, after the simulation's so they win where both
// apply; inert until insightDecorations' classes are set. A single point of failure carries a
// small dark badge with "!" at its top right corner, drawn as a second background image over the
// party's own icon (whichever icon the simulation's colours call for), so it shows in exported
// pictures too. Far out on a large map, where icons are not drawn, neither are badges.
import type { NodeSingular, StylesheetStyle } from 'cytoscape';
import type { RenderMode } from '../graph/renderMode';
import { GRAPH_THEME } from '../graph/theme';

export const BADGE_SIZE = 18;
export const BADGE_FILL = '#1C2530';

const badgeSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_SIZE}" height="${BADGE_SIZE}" viewBox="0 0 18 18"><circle cx="9" cy="9" r="8" fill="${BADGE_FILL}" stroke="#FFFFFF" stroke-width="1.5"/><rect x="8" y="3.8" width="2" height="6.6" rx="1" fill="#FFFFFF"/><circle cx="9" cy="13.2" r="1.25" fill="#FFFFFF"/></svg>`;
export const BADGE_URI = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(badgeSvg)}`;

/** The icon a party shows now: the simulation's recoloured one while a simulation marks it. */
function shownIcon(node: NodeSingular): string {
  const recoloured = node.hasClass('sim-hit') || node.hasClass('sim-withdrawn');
  return String((recoloured ? node.data('simIcon') : node.data('icon')) ?? 'none');
}

// One function for every build, so two builds of the stylesheet are equal.
const badgedImages = (node: NodeSingular) => [shownIcon(node), BADGE_URI];

export function insightStyles(mode: RenderMode): StylesheetStyle[] {
  const sized: StylesheetStyle = { selector: 'node.insight-sized', style: { width: 'data(insightWidth)', height: 'data(insightHeight)' } };
  if (mode.large && mode.labels === 'none') return [sized];
  const icon = GRAPH_THEME.iconSize;
  return [
    sized,
    {
      selector: 'node.insight-spof',
      style: {
        'background-image': badgedImages,
        'background-width': [icon, BADGE_SIZE],
        'background-height': [icon, BADGE_SIZE],
        'background-position-x': ['50%', '100%'],
        'background-position-y': ['50%', '0%'],
        'background-offset-x': [0, BADGE_SIZE / 2],
        'background-offset-y': [0, -BADGE_SIZE / 2],
        'background-clip': ['none', 'none'],
        'background-image-containment': ['inside', 'over'],
        'bounds-expansion': BADGE_SIZE / 2,
      },
    },
  ];
}
