// The overview tier of a very large map (core/graph/detailSet.ts): every shown party as a dot
// in its side's colours and every shown relationship as a hairline in its kind's colour, on a
// plain canvas under Cytoscape's, with Cytoscape's camera. One path per colour keeps a
// 100,000-line map to one stroke call per colour. What Cytoscape draws itself is skipped.
import type { ElementDefinition } from 'cytoscape';
import type { Focus } from '../core/filters/focus';
import { segmentMayMeet, viewBox } from '../core/graph/detailSet';
import type { Box } from '../core/graph/detailSet';
import type { OrganisationFrame } from '../core/graph/organisationFrames';
import { ORGANISATION_LOOK } from '../core/graph/organisationStyles';
import type { Visible } from '../core/filters/filterPipeline';
import { GRAPH_THEME } from '../core/graph/theme';
import type { GraphTheme, TrustBand } from '../core/graph/theme';
import type { Viewport } from '../core/graph/fitViewport';
import { WITHDRAWN_BORDER, WITHDRAWN_FILL } from '../core/simulation/impactScale';
import type { Decorations } from '../core/simulation/mapDecorations';
import { MAX_SIZE_FACTOR } from '../core/insight/insightDecorations';
import type { InsightDecoration } from '../core/insight/insightDecorations';
import { CHAIN_COLOUR } from '../core/simulation/simulationStyles';

export type OverviewScene = {
  elements: readonly ElementDefinition[];
  /** The parties by element id (DetailIndex.nodeById), built once per map, not once per frame. */
  nodeById: ReadonlyMap<string, ElementDefinition>;
  visible: Visible;
  focus: Focus | null;
  /** Element ids Cytoscape is drawing (its drawn-elements map); the overview leaves them out. */
  inDetail: { has(id: string): boolean };
  /** A withdrawal simulation's layer (the same one Cytoscape's parties get), when one is shown. */
  decorations: Decorations | null;
  /** Open organisations' boxes by element id (core/graph/organisationFrames.ts). */
  frames: ReadonlyMap<string, OrganisationFrame>;
  /** Relationships the timeline shows as not in effect on its day, by relationship id. */
  dimmed: ReadonlySet<string> | null;
  /** Network insight's layer by party id: parties sized by betweenness or harm. */
  insight: ReadonlyMap<string, InsightDecoration>;
};

type Look = { fill: string; border: string; faded: boolean };

// A party's colours and fading: the simulation's when one is shown, else its side's and focus's.
function partyLook(theme: GraphTheme, side: 'internal' | 'external', partyId: string, scene: OverviewScene): Look {
  const look = theme.sides[side];
  const faded = scene.focus !== null && !scene.focus.partyIds.has(partyId);
  const decoration = scene.decorations?.nodes.get(partyId);
  if (!decoration) return { fill: look.fill, border: look.border, faded };
  const has = (name: string) => decoration.classes.includes(name);
  const dimmed = faded || has('sim-unaffected') || has('sim-dim');
  if (has('sim-withdrawn')) return { fill: WITHDRAWN_FILL, border: WITHDRAWN_BORDER, faded: dimmed };
  const fill = typeof decoration.data.simFill === 'string' ? decoration.data.simFill : look.fill;
  const border = has('sim-chain') ? CHAIN_COLOUR : typeof decoration.data.simBorder === 'string' ? decoration.data.simBorder : look.border;
  return { fill, border, faded: dimmed };
}

// A relationship's colour and fading (outside the focus, quiet in a simulation, or not in effect on the
// timeline's day); a highlighted chain is drawn last, on top, in its colour.
export function relationshipLook(theme: GraphTheme, data: ElementDefinition['data'], scene: Pick<OverviewScene, 'focus' | 'decorations' | 'dimmed'>): { color: string; faded: boolean; chain: boolean } {
  const relationshipId = String(data.relationshipId);
  const faded = (scene.focus !== null && !scene.focus.relationshipIds.has(relationshipId)) || (scene.dimmed?.has(relationshipId) ?? false);
  const classes = scene.decorations?.edges.get(relationshipId) ?? [];
  if (classes.includes('sim-chain')) return { color: CHAIN_COLOUR, faded: false, chain: true };
  return { color: edgeColor(theme, data), faded: faded || classes.includes('sim-quiet') || classes.includes('sim-dim'), chain: false };
}

function edgeColor(theme: GraphTheme, data: ElementDefinition['data']): string {
  if (data.kind === 'RESOURCE_FLOW') return theme.resourceFlow.color;
  if (data.kind === 'TRUSTS') return theme.trust.colors[(data.trustBand as TrustBand | undefined) ?? 3];
  return theme.reliance.color;
}

const grow = (box: Box, by: number): Box => ({ x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by });

type Batch = { paths: Map<string, Path2D>; faded: Map<string, Path2D> };

function pathFor(batch: Batch, key: string, faded: boolean): Path2D {
  const paths = faded ? batch.faded : batch.paths;
  let path = paths.get(key);
  if (!path) {
    path = new Path2D();
    paths.set(key, path);
  }
  return path;
}

/**
 * A party's size as the map draws it far out: a collapsed organisation's larger box, or the size
 * network insight gives it (by betweenness or harm; its badges, like the map's, are not drawn
 * that far out), or its side's.
 */
export function partySize(theme: GraphTheme, side: 'internal' | 'external', data: ElementDefinition['data'], insight: InsightDecoration | undefined): { width: number; height: number } {
  if (data.collapsed) return { width: ORGANISATION_LOOK.collapsedWidth, height: ORGANISATION_LOOK.collapsedHeight };
  const { insightWidth, insightHeight } = insight?.data ?? {};
  if (insightWidth !== undefined && insightHeight !== undefined) return { width: insightWidth, height: insightHeight };
  return theme.sides[side];
}

// Open organisations Cytoscape is not holding: a light box under their members, dashed in the
// organisation's side colour, as the map draws them.
function paintFrames(context: CanvasRenderingContext2D, scene: OverviewScene, seen: Box, theme: GraphTheme, zoom: number): void {
  context.lineWidth = 1.5 / zoom;
  context.setLineDash([6 / zoom, 4 / zoom]);
  for (const [id, frame] of scene.frames) {
    if (scene.inDetail.has(id) || !segmentMayMeet(seen, { x: frame.x1, y: frame.y1 }, { x: frame.x2, y: frame.y2 })) continue;
    context.globalAlpha = 0.75;
    context.fillStyle = ORGANISATION_LOOK.fill;
    context.fillRect(frame.x1, frame.y1, frame.x2 - frame.x1, frame.y2 - frame.y1);
    context.globalAlpha = 1;
    context.strokeStyle = theme.sides[frame.side].border;
    context.strokeRect(frame.x1, frame.y1, frame.x2 - frame.x1, frame.y2 - frame.y1);
  }
  context.setLineDash([]);
}

export function paintOverview(canvas: HTMLCanvasElement, scene: OverviewScene, camera: Viewport, theme: GraphTheme = GRAPH_THEME): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  const { zoom, pan } = camera;
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);

  const edges: Batch = { paths: new Map(), faded: new Map() };
  const nodes: Batch = { paths: new Map(), faded: new Map() };
  const chain = new Path2D();
  // Parties are drawn at their size on the map, but never smaller than two screen pixels.
  const least = 2 / zoom;
  // Only what the canvas shows is drawn: zoomed in, the rest of a very large map would cost more
  // than what is seen (every frame of a pan repaints). The box reaches past each edge by the
  // widest a party is drawn (sized by insight, or a collapsed organisation).
  const widest = Math.max(ORGANISATION_LOOK.collapsedWidth, MAX_SIZE_FACTOR * Math.max(theme.sides.internal.width, theme.sides.external.width), least);
  const seen = grow(viewBox(zoom, pan, { width, height }, 0), widest);
  paintFrames(context, scene, seen, theme, zoom);
  for (const element of scene.elements) {
    const id = String(element.data.id);
    if (scene.inDetail.has(id)) continue;
    if (element.group === 'nodes') {
      const partyId = String(element.data.partyId);
      if (!scene.visible.partyIds.has(partyId) || !element.position || !segmentMayMeet(seen, element.position, element.position)) continue;
      const side = element.data.side === 'external' ? 'external' : 'internal';
      const size = partySize(theme, side, element.data, scene.insight.get(partyId));
      const look = partyLook(theme, side, partyId, scene);
      const w = Math.max(size.width, least);
      const h = Math.max(size.height, least);
      pathFor(nodes, `${look.fill}|${look.border}|${size.width}`, look.faded).rect(element.position.x - w / 2, element.position.y - h / 2, w, h);
    } else {
      if (!scene.visible.relationshipIds.has(String(element.data.relationshipId))) continue;
      const from = scene.nodeById.get(String(element.data.source))?.position;
      const to = scene.nodeById.get(String(element.data.target))?.position;
      if (!from || !to || !segmentMayMeet(seen, from, to)) continue;
      const look = relationshipLook(theme, element.data, scene);
      const path = look.chain ? chain : pathFor(edges, look.color, look.faded);
      path.moveTo(from.x, from.y);
      path.lineTo(to.x, to.y);
    }
  }
  // One screen pixel wide whatever the zoom: far out, lines are where the eye follows structure.
  context.lineWidth = 1 / zoom;
  for (const [faded, alpha] of [[true, theme.fadedOpacity * 0.8], [false, 0.55]] as const) {
    context.globalAlpha = alpha;
    for (const [color, path] of faded ? edges.faded : edges.paths) {
      context.strokeStyle = color;
      context.stroke(path);
    }
  }
  context.globalAlpha = 1;
  context.lineWidth = 3 / zoom;
  context.strokeStyle = CHAIN_COLOUR;
  context.stroke(chain);
  context.lineWidth = 1 / zoom;
  for (const [faded, alpha] of [[true, theme.fadedOpacity], [false, 1]] as const) {
    context.globalAlpha = alpha;
    for (const [key, path] of faded ? nodes.faded : nodes.paths) {
      const [fill = '', border = '', width = '0'] = key.split('|');
      // A party a few pixels wide is a dot in its border colour — unless the simulation coloured
      // it, when the impact colour is what must show.
      const tiny = Number(width) * zoom < 6;
      context.fillStyle = tiny && scene.decorations === null ? border : fill;
      context.fill(path);
      if (tiny) continue;
      context.strokeStyle = border;
      context.stroke(path);
    }
  }
  context.globalAlpha = 1;
}
