// The one component that owns the Cytoscape instance. It draws whatever graph it is given and
// reports taps; everything it shows is derived from the data by the pure modules in core/graph.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref, RefObject } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { buildStylesheet } from '../../core/graph/buildStylesheet';
import { chooseLayout } from '../../core/graph/chooseLayout';
import { clearancesAround, fitBesideOverlay } from '../../core/graph/fitViewport';
import { partyNodeId, toCytoscapeElements } from '../../core/graph/toCytoscapeElements';

export type GraphCanvasHandle = { fit: () => void };

type GraphCanvasProps = {
  graph: NetworkGraph;
  selectedPartyId: string | null;
  onSelectParty: (partyId: string | null) => void;
  // Something floating over the canvas (the legend) that a fitted drawing must not hide under.
  keepClearOf?: RefObject<HTMLElement | null>;
  ref?: Ref<GraphCanvasHandle>;
};

const STYLESHEET = buildStylesheet();
// Fitting a two-party network would blow it up to the maximum zoom; cap it at a readable size.
const FIT_OPTIONS = { padding: 40, minZoom: 0.05, maxZoom: 1.5 };

function fitToView(cy: Core, container: HTMLElement, overlay: HTMLElement | null): void {
  if (cy.elements().empty()) return;
  const canvas = container.getBoundingClientRect();
  const { x1, y1, w, h } = cy.elements().boundingBox();
  const viewport = fitBesideOverlay(
    { x1, y1, w, h },
    { width: canvas.width, height: canvas.height },
    overlay ? clearancesAround(canvas, overlay.getBoundingClientRect()) : [],
    FIT_OPTIONS,
  );
  if (viewport) cy.viewport(viewport);
}

function describeDrawing(graph: NetworkGraph): string {
  const { parties, relationships } = graph;
  return `Diagram of ${graph.network.name}: ${parties.length} parties and ${relationships.length} relationships.`;
}

export function GraphCanvas({ graph, selectedPartyId, onSelectParty, keepClearOf, ref }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const drawnNetworkId = useRef<string | null>(null);
  const onSelectRef = useRef(onSelectParty);
  useEffect(() => {
    onSelectRef.current = onSelectParty;
  }, [onSelectParty]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        const container = containerRef.current;
        if (cy && container) fitToView(cy, container, keepClearOf?.current ?? null);
      },
    }),
    [keepClearOf],
  );

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Read-only for now: moved parties would not be saved, which would surprise people.
      autoungrabify: true,
    });
    cy.on('tap', 'node', (event) => onSelectRef.current(String(event.target.data('partyId'))));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node', () => container.classList.add('graph-canvas--pointer'));
    cy.on('mouseout', 'node', () => container.classList.remove('graph-canvas--pointer'));
    cyRef.current = cy;
    // The canvas must follow its container, not only the window (sidebar and panels resize it).
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
      drawnNetworkId.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const isNewNetwork = drawnNetworkId.current !== graph.network.id;
    // End-to-end tests read these counts; never let them describe the previous drawing.
    for (const key of ['networkId', 'elementCount', 'nodeCount', 'edgeCount']) delete container.dataset[key];
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toCytoscapeElements(graph));
      cy.edges().unselectify();
    });
    const layout = cy.layout(chooseLayout(graph.parties));
    layout.one('layoutstop', () => {
      if (isNewNetwork) fitToView(cy, container, keepClearOf?.current ?? null);
      drawnNetworkId.current = graph.network.id;
      container.dataset.networkId = graph.network.id;
      container.dataset.elementCount = String(cy.elements().length);
      container.dataset.nodeCount = String(cy.nodes().length);
      container.dataset.edgeCount = String(cy.edges().length);
    });
    layout.run();
    return () => {
      layout.stop();
    };
  }, [graph, keepClearOf]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(':selected').unselect();
      if (selectedPartyId !== null) cy.getElementById(partyNodeId(selectedPartyId)).select();
    });
  }, [selectedPartyId, graph]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label={describeDrawing(graph)}
    />
  );
}
