// The one component that owns the Cytoscape instance. It draws the projection of the network it
// is given, follows filters, focus and selection, and reports what the person does on the map
// (select, drag, connect two parties, double-click empty space). Everything it shows is derived
// from the data by the pure modules in core/.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import type { EdgeHandlesInstance } from 'cytoscape-edgehandles';
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Ref, RefObject } from 'react';
import type { PartyPosition } from '../../../../shared/api';
import type { NetworkGraph } from '../../../../shared/domain';
import { registerDiagramSource } from '../../core/exchange/diagramSource';
import type { Focus } from '../../core/filters/focus';
import type { Visible } from '../../core/filters/filterPipeline';
import { buildStylesheet } from '../../core/graph/buildStylesheet';
import { buildDetailIndex, detailElements, usesOverview, viewBox } from '../../core/graph/detailSet';
import type { DetailIndex } from '../../core/graph/detailSet';
import { elementBounds } from '../../core/graph/elementBounds';
import { labelModeForZoom } from '../../core/graph/labelMode';
import type { LabelMode } from '../../core/graph/labelMode';
import { partyNodeId, toCytoscapeElements } from '../../core/graph/toCytoscapeElements';
import { GRAPH_THEME } from '../../core/graph/theme';
import type { Selection } from '../../core/selection/selection';
import { fitTo, viewportFor } from './canvasCamera';
import { applySelection, readSelection, syncElements, syncVisibility } from './canvasSync';
import { paintOverview } from './overviewPainter';
import { DECORATIONS_EVENT, shownDecorations } from '../simulation/decorationsChannel';

cytoscape.use(edgehandles);

export type GraphCanvasHandle = {
  fit: () => void;
  zoomTo: (partyIds: readonly string[]) => void;
  viewportCentre: () => { x: number; y: number };
};

type GraphCanvasProps = {
  graph: NetworkGraph;
  visible: Visible;
  focus: Focus | null;
  selection: Selection;
  webgl: boolean;
  // A large map draws straight edges and, on the canvas renderer, pans a cached image.
  large: boolean;
  connectMode: boolean;
  onSelectionChange: (selection: Selection) => void;
  onPartiesMoved: (positions: PartyPosition[]) => void;
  onConnect: (source: string, target: string) => void;
  onBackgroundDoubleTap: (position: { x: number; y: number }) => void;
  // Something floating over the canvas (the legend) that a fitted drawing must not hide under.
  keepClearOf?: RefObject<HTMLElement | null>;
  // Hands the live Cytoscape instance (null once destroyed) to layers drawn on top of the
  // editor's projection, such as the withdrawal simulation's colouring (views/simulation).
  onCyChange?: (cy: Core | null) => void;
  ref?: Ref<GraphCanvasHandle>;
};

// Moves of up to this many parties glide into place; more would only cost frames.
const ANIMATE_MAX_NODES = 400;

function describeDrawing(graph: NetworkGraph): string {
  return `Diagram of ${graph.network.name}: ${graph.parties.length} parties and ${graph.relationships.length} relationships. Use the search box or the list in the side panel to reach a party by keyboard.`;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, visible, focus, selection, webgl, large, connectMode, keepClearOf, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLCanvasElement>(null);
  const cyRef = useRef<Core | null>(null);
  const ehRef = useRef<EdgeHandlesInstance | null>(null);
  const drawn = useRef(new Map<string, ElementDefinition>());
  const labelMode = useRef<LabelMode>('full');
  const drawnNetworkId = useRef<string | null>(null);
  // A network opened before any party had a place is fitted once the places arrive.
  const fitWhenPlaced = useRef(false);
  const applyingSelection = useRef(false);
  const callbacks = useRef(props);
  const partyCount = useRef(graph.parties.length);
  useEffect(() => {
    callbacks.current = props;
    partyCount.current = props.graph.parties.length;
  });

  const elements = useMemo(() => toCytoscapeElements(graph), [graph]);
  // A very large map: Cytoscape holds only what is in view, a plain canvas draws the rest.
  const detailIndex = useMemo<DetailIndex | null>(() => (usesOverview(elements.length) ? buildDetailIndex(elements) : null), [elements]);
  const tier = useRef({ elements, detailIndex });
  tier.current = { elements, detailIndex };
  // Bumped when the parties in view change, so selection and filters reach the new elements.
  const [detailVersion, setDetailVersion] = useState(0);

  const paint = () => {
    const cy = cyRef.current;
    const canvas = overviewRef.current;
    if (!cy || !canvas) return;
    const { elements: all, detailIndex: index } = tier.current;
    const { visible: shown, focus: focused } = callbacks.current;
    if (!index) {
      canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    paintOverview(
      canvas,
      { elements: all, nodeById: index.nodeById, visible: shown, focus: focused, inDetail: drawn.current, decorations: shownDecorations(cy) },
      { zoom: cy.zoom(), pan: cy.pan() },
    );
  };
  const paintRef = useRef(paint);
  paintRef.current = paint;

  // The parties in view and the relationships among them go to Cytoscape once few enough are in view.
  const refreshDetail = (cy: Core, index: DetailIndex) => {
    const container = containerRef.current;
    if (!container) return;
    const box = viewBox(cy.zoom(), cy.pan(), { width: container.clientWidth, height: container.clientHeight });
    const next = detailElements(index, box);
    const before = drawn.current.size;
    const same = next.length === before && next.every((element) => drawn.current.has(String(element.data.id)));
    if (!same) {
      syncElements(cy, drawn.current, next, false);
      container.dataset.detailCount = String(drawn.current.size);
      setDetailVersion((version) => version + 1);
    }
  };
  const refreshRef = useRef(refreshDetail);
  refreshRef.current = refreshDetail;

  useImperativeHandle(
    ref,
    () => {
      // The camera for these parties (and their neighbours, to see them in context), worked out
      // from saved positions: on a very large map most parties are not in Cytoscape.
      const frameParties = (cy: Core, partyIds: readonly string[], index: DetailIndex, withNeighbours: boolean) => {
        const container = containerRef.current;
        if (!container) return;
        const wanted = new Set(partyIds.map(partyNodeId));
        if (withNeighbours) {
          for (const id of [...wanted]) {
            for (const edge of index.edgesByNode.get(id) ?? []) {
              wanted.add(String(edge.data.source));
              wanted.add(String(edge.data.target));
            }
          }
        }
        const bounds = elementBounds(index.nodes.filter((node) => wanted.has(String(node.data.id))));
        const viewport = bounds && viewportFor(bounds, container, keepClearOf?.current ?? null);
        if (viewport) cy.viewport(viewport);
      };
      return {
        fit: () => {
          const cy = cyRef.current;
          const index = tier.current.detailIndex;
          if (cy && index) {
            frameParties(cy, [...callbacks.current.visible.partyIds], index, false);
            return;
          }
          if (cy && containerRef.current) fitTo(cy, containerRef.current, keepClearOf?.current ?? null);
        },
        zoomTo: (partyIds) => {
          const cy = cyRef.current;
          if (!cy || !containerRef.current || partyIds.length === 0) return;
          const index = tier.current.detailIndex;
          if (index) {
            frameParties(cy, partyIds, index, true);
            return;
          }
          const wanted = new Set(partyIds.map(partyNodeId));
          const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
          // Include the neighbourhood so a single party is seen in context, not alone at max zoom.
          fitTo(cy, containerRef.current, keepClearOf?.current ?? null, nodes.union(nodes.openNeighborhood()).filter(':visible'));
        },
        viewportCentre: () => {
          const cy = cyRef.current;
          if (!cy) return { x: 0, y: 0 };
          const extent = cy.extent();
          return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
        },
      };
    },
    [keepClearOf],
  );

  // One Cytoscape per canvas; the parent remounts the canvas to switch renderer.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: buildStylesheet(GRAPH_THEME, { webgl, large, labels: 'full' }),
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      // A click selects one element; Shift/Ctrl-click toggles, Shift-drag selects a box.
      selectionType: 'single',
      // Only the canvas renderer reads these; WebGL ignores what it does not know.
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      // The canvas renderer can pan and zoom a snapshot instead of redrawing every element.
      textureOnViewport: !webgl && large,
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    callbacks.current.onCyChange?.(cy);
    // Diagram export (PNG, SVG, PDF) draws from this instance while it lives.
    const unregisterDiagram = registerDiagramSource(cy, () => {
      const { elements: all, detailIndex: index } = tier.current;
      if (!index) return null;
      const { visible: shown } = callbacks.current;
      return all.filter((element) =>
        element.group === 'nodes' ? shown.partyIds.has(String(element.data.partyId)) : shown.relationshipIds.has(String(element.data.relationshipId)),
      );
    });
    ehRef.current = cy.edgehandles({
      canConnect: (source, target) => source.id() !== target.id() && !target.hasClass('eh-ghost-node'),
      edgeParams: () => ({ data: { kind: 'draft' } }),
      snap: true,
      hoverDelay: 80,
      noEdgeEventsInDraw: true,
      disableBrowserGestures: true,
    });

    let selectionTimer = 0;
    const reportSelection = () => {
      if (applyingSelection.current) return;
      // Box selection fires one event per element; report once they are all in.
      window.clearTimeout(selectionTimer);
      selectionTimer = window.setTimeout(() => callbacks.current.onSelectionChange(readSelection(cy)), 0);
    };
    cy.on('select unselect', reportSelection);
    let movedTimer = 0;
    const moved = new Map<string, PartyPosition>();
    cy.on('free', 'node', (event) => {
      const node = event.target;
      if (node.hasClass('eh-ghost-node')) return;
      moved.set(String(node.data('partyId')), { id: String(node.data('partyId')), x: Math.round(node.position('x')), y: Math.round(node.position('y')) });
      // Dragging a selection frees each node; save them as one batch.
      window.clearTimeout(movedTimer);
      movedTimer = window.setTimeout(() => {
        const positions = [...moved.values()];
        moved.clear();
        const changed = positions.filter((p) => {
          const before = drawn.current.get(partyNodeId(p.id))?.position;
          return !before || Math.abs(before.x - p.x) > 0.5 || Math.abs(before.y - p.y) > 0.5;
        });
        if (changed.length > 0) callbacks.current.onPartiesMoved(changed);
      }, 0);
    });
    cy.on('ehcomplete', (_event, source, target, added) => {
      (added as cytoscape.EdgeSingular).remove();
      callbacks.current.onConnect(String(source.data('partyId')), String(target.data('partyId')));
    });
    cy.on('dbltap', (event) => {
      if (event.target === cy) callbacks.current.onBackgroundDoubleTap(event.position);
    });
    cy.on('zoom', () => {
      // On a very large map only the parties in Cytoscape carry labels: they decide how crowded it is.
      const mode = labelModeForZoom(cy.zoom(), tier.current.detailIndex ? cy.nodes().length : partyCount.current);
      if (mode === labelMode.current) return;
      labelMode.current = mode;
      cy.style(buildStylesheet(GRAPH_THEME, { webgl, large, labels: mode }));
    });
    // The camera, readable from outside (end-to-end tests, benchmarks), once per frame at most.
    let viewportFrame = 0;
    let detailTimer = 0;
    cy.on('viewport', () => {
      // On a very large map the parties in view are handed to Cytoscape once the camera rests.
      if (tier.current.detailIndex) {
        window.clearTimeout(detailTimer);
        detailTimer = window.setTimeout(() => {
          const index = tier.current.detailIndex;
          if (index) refreshRef.current(cy, index);
        }, 150);
      }
      if (viewportFrame) return;
      viewportFrame = requestAnimationFrame(() => {
        viewportFrame = 0;
        container.dataset.zoom = cy.zoom().toFixed(4);
        container.dataset.panX = cy.pan().x.toFixed(1);
        container.dataset.panY = cy.pan().y.toFixed(1);
        paintRef.current();
      });
    });
    // The simulation's layer changed (SimulationMapLayer): the overview shows it too.
    cy.on(DECORATIONS_EVENT, () => paintRef.current());
    cy.on('mouseover', 'node', () => container.classList.add('graph-canvas--pointer'));
    cy.on('mouseout', 'node', () => container.classList.remove('graph-canvas--pointer'));
    // The canvas must follow its container, not only the window (sidebar and panels resize it).
    const observer = new ResizeObserver(() => {
      cy.resize();
      paintRef.current();
    });
    observer.observe(container);
    const drawnMap = drawn.current;
    return () => {
      observer.disconnect();
      window.clearTimeout(selectionTimer);
      window.clearTimeout(movedTimer);
      window.clearTimeout(detailTimer);
      cancelAnimationFrame(viewportFrame);
      ehRef.current?.destroy();
      callbacks.current.onCyChange?.(null);
      cy.destroy();
      cyRef.current = null;
      unregisterDiagram();
      drawnMap.clear();
      drawnNetworkId.current = null;
    };
  }, [webgl, large]);

  useEffect(() => {
    const eh = ehRef.current;
    if (!eh) return;
    if (connectMode) eh.enableDrawMode();
    else eh.disableDrawMode();
  }, [connectMode, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const isNewNetwork = drawnNetworkId.current !== graph.network.id;
    if (isNewNetwork) {
      // End-to-end tests and benchmarks read these; never let them describe the previous drawing.
      for (const key of ['networkId', 'elementCount', 'nodeCount', 'edgeCount']) delete container.dataset[key];
      drawn.current.clear();
      cy.elements().remove();
      performance.mark('careweave:draw:start');
      // Camera and label mode first, from the saved positions: the elements are then styled once.
      const bounds = elementBounds(elements);
      const viewport = bounds && viewportFor(bounds, container, keepClearOf?.current ?? null);
      if (viewport) cy.viewport(viewport);
      fitWhenPlaced.current = bounds === null;
    } else if (fitWhenPlaced.current && elementBounds(elements)) {
      fitWhenPlaced.current = false;
      // After small maps have glided into place (ANIMATE_MAX_NODES).
      window.setTimeout(() => fitTo(cy, container, keepClearOf?.current ?? null), 450);
    }
    if (detailIndex) {
      const box = viewBox(cy.zoom(), cy.pan(), { width: container.clientWidth, height: container.clientHeight });
      syncElements(cy, drawn.current, detailElements(detailIndex, box), false);
      container.dataset.detailCount = String(drawn.current.size);
      paintRef.current();
    } else {
      syncElements(cy, drawn.current, elements, !isNewNetwork && graph.parties.length <= ANIMATE_MAX_NODES);
      paintRef.current();
    }
    if (isNewNetwork) {
      drawnNetworkId.current = graph.network.id;
      // The measure ends once the browser has painted the first frame of the new drawing.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('careweave:draw', 'careweave:draw:start')));
    }
    container.dataset.networkId = graph.network.id;
    // What the map shows, whichever tier draws it.
    const nodeCount = detailIndex ? detailIndex.nodes.length : cy.nodes().length;
    const edgeCount = detailIndex ? elements.length - detailIndex.nodes.length : cy.edges().length;
    container.dataset.elementCount = String(nodeCount + edgeCount);
    container.dataset.nodeCount = String(nodeCount);
    container.dataset.edgeCount = String(edgeCount);
    container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    container.dataset.tiers = detailIndex ? 'overview' : 'cytoscape';
  }, [elements, detailIndex, graph.network.id, graph.parties.length, keepClearOf, webgl, large]);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    syncVisibility(cy, visible, focus);
    paintRef.current();
    // What is shown after filtering, for end-to-end tests and assistive summaries.
    container.dataset.visibleNodeCount = String(visible.partyIds.size);
    container.dataset.visibleEdgeCount = String(visible.relationshipIds.size);
  }, [visible, focus, elements, webgl, detailVersion]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyingSelection.current = true;
    try {
      applySelection(cy, selection);
    } finally {
      applyingSelection.current = false;
    }
  }, [selection, elements, webgl, detailVersion]);

  return (
    <>
      <canvas ref={overviewRef} className="graph-overview" aria-hidden="true" />
      <div
      ref={containerRef}
      className={`graph-canvas${connectMode ? ' graph-canvas--connect' : ''}`}
      data-testid="graph-canvas"
      role="img"
      aria-label={describeDrawing(graph)}
      />
    </>
  );
}
