// The map's whole stylesheet: the editor's projection (graph/buildStylesheet.ts) and, after it so
// it wins where both apply, the withdrawal simulation's layer (simulation/simulationStyles.ts)
// and network insight's (insight/insightStyles.ts), each inert until its classes are set on
// elements. The map on screen and the diagram export both draw with it.
import type { StylesheetStyle } from 'cytoscape';
import { buildStylesheet } from '../graph/buildStylesheet';
import { organisationStyles } from '../graph/organisationStyles';
import { DEFAULT_RENDER_MODE } from '../graph/renderMode';
import type { RenderMode } from '../graph/renderMode';
import { GRAPH_THEME } from '../graph/theme';
import type { GraphTheme } from '../graph/theme';
import { simulationStyles } from '../simulation/simulationStyles';
import { insightStyles } from '../insight/insightStyles';

export function mapStylesheet(theme: GraphTheme = GRAPH_THEME, mode: RenderMode = DEFAULT_RENDER_MODE): StylesheetStyle[] {
  // Organisations last: an organisation's box stays a light frame whatever the simulation paints
  // (its members carry the colours), and a collapsed one keeps its double border.
  return [...buildStylesheet(theme, mode), ...simulationStyles(mode), ...insightStyles(mode), ...organisationStyles(theme, mode)];
}
