// The overview tier of a very large map (core/graph/detailSet.ts): every shown party as a dot
// in its side's colours and every shown relationship as a hairline in its kind's colour, on a
// plain canvas under Cytoscape's, with Cytoscape's camera. One path per colour keeps a
// 100,000-line map to one stroke call per colour. What Cytoscape draws itself is skipped.
import type { ElementDefinition } from 'cytoscape';
import type { Focus } from '../../core/filters/focus';
import type { Visible } from '../../core/filters/filterPipeline';
import { GRAPH_THEME } from '../../core/graph/theme';
import type { GraphTheme, TrustBand } from '../../core/graph/theme';
import type { Viewport } from '../../core/graph/fitViewport';

export type OverviewScene = {
  elements: readonly ElementDefinition[];
  visible: Visible;
  focus: Focus | null;
  /** Element ids Cytoscape is drawing; the overview leaves them out. */
  inDetail: ReadonlySet<string>;
};

function edgeColor(theme: GraphTheme, data: ElementDefinition['data']): string {
  if (data.kind === 'RESOURCE_FLOW') return theme.resourceFlow.color;
  if (data.kind === 'TRUSTS') return theme.trust.colors[(data.trustBand as TrustBand | undefined) ?? 3];
  return theme.reliance.color;
}

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

  const positions = new Map<string, { x: number; y: number }>();
  for (const element of scene.elements) {
    if (element.group === 'nodes' && element.position) positions.set(String(element.data.id), element.position);
  }
  const edges: Batch = { paths: new Map(), faded: new Map() };
  const nodes: Batch = { paths: new Map(), faded: new Map() };
  // Parties are drawn at their size on the map, but never smaller than two screen pixels.
  const least = 2 / zoom;
  for (const element of scene.elements) {
    const id = String(element.data.id);
    if (scene.inDetail.has(id)) continue;
    if (element.group === 'nodes') {
      const partyId = String(element.data.partyId);
      if (!scene.visible.partyIds.has(partyId) || !element.position) continue;
      const side = element.data.side === 'external' ? 'external' : 'internal';
      const look = theme.sides[side];
      const w = Math.max(look.width, least);
      const h = Math.max(look.height, least);
      pathFor(nodes, side, scene.focus !== null && !scene.focus.partyIds.has(partyId)).rect(element.position.x - w / 2, element.position.y - h / 2, w, h);
    } else {
      const relationshipId = String(element.data.relationshipId);
      if (!scene.visible.relationshipIds.has(relationshipId)) continue;
      const from = positions.get(String(element.data.source));
      const to = positions.get(String(element.data.target));
      if (!from || !to) continue;
      const path = pathFor(edges, edgeColor(theme, element.data), scene.focus !== null && !scene.focus.relationshipIds.has(relationshipId));
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
  for (const [faded, alpha] of [[true, theme.fadedOpacity], [false, 1]] as const) {
    context.globalAlpha = alpha;
    for (const [side, path] of faded ? nodes.faded : nodes.paths) {
      const look = theme.sides[side === 'external' ? 'external' : 'internal'];
      // A party a few pixels wide is a dot in its border colour; the light fill would vanish.
      const tiny = look.width * zoom < 6;
      context.fillStyle = tiny ? look.border : look.fill;
      context.fill(path);
      if (tiny) continue;
      context.strokeStyle = look.border;
      context.stroke(path);
    }
  }
  context.globalAlpha = 1;
}
