// yEd draws a GraphML file only from its own graphics elements (y:ShapeNode, y:PolyLineEdge
// inside data keys declared with yfiles.type); without them every node opens as an unlabelled
// square. Export writes them with the map's shapes and colours; import reads the label and the
// position back out of them.
import type { PartySide, RelationshipKind } from '../../domain';
import type { GraphmlData } from './readGraphml';
import { attr, list, textOf } from './readGraphml';
import { escapeXml } from './xmlText';

// The map's look (renderer/src/core/graph/theme.ts, Okabe–Ito palette), repeated here because a
// data file cannot depend on the renderer; a drift would only change colours in yEd and Gephi.
export const SIDE_LOOK: Record<PartySide, { fill: string; border: string; shape: string; width: number; height: number }> = {
  internal: { fill: '#BFDDF3', border: '#0072B2', shape: 'roundrectangle', width: 44, height: 30 },
  external: { fill: '#F7D79A', border: '#A86A00', shape: 'ellipse', width: 36, height: 36 },
};

export const KIND_LOOK: Record<RelationshipKind, { color: string; line: 'line' | 'dashed'; arrow: string }> = {
  RELIES_ON: { color: '#37444F', line: 'line', arrow: 'standard' },
  RESOURCE_FLOW: { color: '#009E73', line: 'dashed', arrow: 'standard' },
  TRUSTS: { color: '#0072B2', line: 'line', arrow: 'plain' },
};

const num = (value: number) => (Math.round(value * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '') || '0';

export function yedNodeGraphics(label: string, side: PartySide, x: number | null, y: number | null): string {
  const look = SIDE_LOOK[side];
  // yEd places a node by its top-left corner; Careweave stores centres. A party with no place
  // on the map gets no geometry at all: a box without x and y makes networkx store a position
  // of None, which its own writer then refuses to save.
  const geometry =
    x !== null && y !== null ? `<y:Geometry height="${look.height}" width="${look.width}" x="${num(x - look.width / 2)}" y="${num(y - look.height / 2)}"/>` : '';
  return (
    `<y:ShapeNode>${geometry}<y:Fill color="${look.fill}" transparent="false"/>` +
    `<y:BorderStyle color="${look.border}" type="line" width="2.0"/>` +
    `<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" modelName="sides" modelPosition="s" textColor="#1C2530" visible="true">${escapeXml(label)}</y:NodeLabel>` +
    `<y:Shape type="${look.shape}"/></y:ShapeNode>`
  );
}

// An organisation as yEd's group: a box around its members that yEd can fold and unfold.
export function yedGroupGraphics(label: string, side: PartySide): string {
  const look = SIDE_LOOK[side];
  const group = (closed: boolean) =>
    `<y:GroupNode><y:Fill color="#F4F7FA" transparent="false"/><y:BorderStyle color="${look.border}" type="dashed" width="1.0"/>` +
    `<y:NodeLabel alignment="left" autoSizePolicy="node_width" backgroundColor="${look.fill}" fontFamily="Dialog" fontSize="12" modelName="internal" modelPosition="t" textColor="#1C2530" visible="true">${escapeXml(label)}</y:NodeLabel>` +
    `<y:Shape type="roundrectangle"/><y:State closed="${closed}" closedHeight="${look.height}" closedWidth="${look.width * 2}"/></y:GroupNode>`;
  return `<y:ProxyAutoBoundsNode><y:Realizers active="0">${group(false)}${group(true)}</y:Realizers></y:ProxyAutoBoundsNode>`;
}

export function yedEdgeGraphics(kind: RelationshipKind, label: string, width: number, color?: string): string {
  const look = KIND_LOOK[kind];
  const edgeLabel = label ? `<y:EdgeLabel alignment="center" fontFamily="Dialog" fontSize="10" textColor="#1C2530" visible="true">${escapeXml(label)}</y:EdgeLabel>` : '';
  return (
    `<y:PolyLineEdge><y:LineStyle color="${color ?? look.color}" type="${look.line}" width="${num(width)}"/>` +
    `<y:Arrows source="none" target="${look.arrow}"/>${edgeLabel}<y:BendStyle smoothed="false"/></y:PolyLineEdge>`
  );
}

// yEd node realisers: the common ones all hold a Geometry and NodeLabels the same way.
const NODE_REALIZERS = ['ShapeNode', 'GenericNode', 'ImageNode', 'SVGNode', 'TableNode', 'UMLClassNode', 'UMLNoteNode'];
const EDGE_REALIZERS = ['PolyLineEdge', 'GenericEdge', 'BezierEdge', 'ArcEdge', 'QuadCurveEdge', 'SplineEdge'];

function realizer(data: GraphmlData, names: readonly string[]) {
  for (const name of names) {
    const found = list(data.element[name])[0];
    if (found) return found;
  }
  return null;
}

export interface YedNodeReading {
  /** Every label's text in order: the first is the name, the others are kept in the notes. */
  labels: string[];
  x: number | null;
  y: number | null;
}

export function readYedNode(data: GraphmlData): YedNodeReading {
  const node = realizer(data, NODE_REALIZERS);
  if (!node) return { labels: [], x: null, y: null };
  const labels = list(node.NodeLabel).map((element) => textOf(element).trim()).filter((text) => text !== '');
  const geometry = list(node.Geometry)[0];
  const values = ['x', 'y', 'width', 'height'].map((name) => {
    const text = geometry ? attr(geometry, name) : null;
    return text === null || text.trim() === '' ? NaN : Number(text);
  });
  const [x, y, width, height] = values as [number, number, number, number];
  const placed = values.every(Number.isFinite);
  return { labels, x: placed ? x + width / 2 : null, y: placed ? y + height / 2 : null };
}

export function readYedEdgeLabel(data: GraphmlData): string | null {
  const edge = realizer(data, EDGE_REALIZERS);
  if (!edge) return null;
  return list(edge.EdgeLabel).map((element) => textOf(element).trim()).find((text) => text !== '') ?? null;
}
