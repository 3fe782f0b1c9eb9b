// The one owner of the map's Cytoscape instance. It creates the instance for its container, keeps
// it the size of the container, and provides the drawing (mapContext.ts) to its children: the
// renderless controllers that each connect one part of the app's state to the drawing, and the
// diagram export. The instance lives as long as this component; the parent remounts it (a new
// key) to switch renderer, which Cytoscape cannot do on a live map.
import type { ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ReactNode, Ref, RefObject } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import type { Visible } from '../../core/filters/filterPipeline';
import { buildDetailIndex, usesOverview } from '../../core/graph/detailSet';
import { projectOrganisations } from '../../core/graph/organisationProjection';
import { toCytoscapeElements } from '../../core/graph/toCytoscapeElements';
import type { CollapsedOrganisations } from '../../core/organisations/collapsedOrganisations';
import type { Camera } from '../../core/views/viewState';
import { fitMap, freeArea, revealPoint, viewportCentre, zoomToParties } from '../../map/camera';
import { syncElements } from '../../map/canvasSync';
import { createMap } from '../../map/createMap';
import { MapContext } from '../../map/mapContext';
import type { MapDrawing } from '../../map/mapContext';

export type MapCamera = {
  /** Frames the shown parties clear of the legend, or of `keepClearOf` instead (a slide's caption). */
  fit: (keepClearOf?: HTMLElement | null) => void;
  zoomTo: (partyIds: readonly string[]) => void;
  /** The middle of the part of the view nothing floats over, in map units. */
  viewportCentre: () => { x: number; y: number };
  /** That part of the view, in map units: where a new party may go. */
  freeArea: () => { x1: number; y1: number; x2: number; y2: number } | null;
  /** Pans just enough to bring this point (a party just added) into that part. */
  reveal: (point: { x: number; y: number }) => void;
  /** Puts keyboard focus on the map, so the map's keys act on what was just selected. */
  focus: () => void;
  /** Where the camera is, for a saved view, and putting it back there. */
  camera: () => Camera | null;
  setCamera: (camera: Camera) => void;
};

type Props = {
  graph: NetworkGraph;
  collapsed: CollapsedOrganisations;
  visible: Visible;
  webgl: boolean;
  // A large map draws straight edges and, on the canvas renderer, pans a cached image.
  large: boolean;
  // The layer of what floats over the canvas (legend, simulation actions and key, hints): each of
  // its children is kept clear of by a fitted drawing and by a new party.
  keepClearOf?: RefObject<HTMLElement | null>;
  /** What the map shows, in words: its accessible name (core/graph/describeMap.ts). */
  summary: string;
  ref?: Ref<MapCamera>;
  children: ReactNode;
};

type Instance = Pick<MapDrawing, 'cy' | 'container'>;

export function MapCanvas({ graph, collapsed, visible, webgl, large, keepClearOf, summary, ref, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<Instance | null>(null);
  const drawn = useRef(new Map<string, ElementDefinition>());
  const [drawnVersion, setDrawnVersion] = useState(0);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = createMap(container, { webgl, large });
    // The canvas must follow its container, not only the window (sidebar and panels resize it).
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    setInstance({ cy, container });
    // A network opened from a button that has gone (the sample's, disabled while it loads)
    // leaves the keyboard nowhere; the new map takes it.
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) container.focus();
    const drawnMap = drawn.current;
    return () => {
      observer.disconnect();
      setInstance(null);
      cy.destroy();
      drawnMap.clear();
    };
  }, [webgl, large]);

  const parties = useMemo(() => toCytoscapeElements(graph), [graph]);
  const elements = useMemo(() => projectOrganisations(parties, graph.parties, collapsed), [parties, graph.parties, collapsed]);
  // A very large map: Cytoscape holds only what is in view, a plain canvas draws the rest. Decided
  // by the network's size, not the projection's, so collapsing an organisation never changes tiers.
  const twoTiers = usesOverview(graph.parties.length + graph.relationships.length, webgl);
  const detailIndex = useMemo(() => (twoTiers ? buildDetailIndex(elements) : null), [twoTiers, elements]);

  const cy = instance?.cy;
  const draw = useCallback(
    (next: ElementDefinition[], animate: boolean) => {
      if (cy && syncElements(cy, drawn.current, next, animate)) setDrawnVersion((version) => version + 1);
    },
    [cy],
  );
  const overlays = useCallback(
    () => Array.from(keepClearOf?.current?.children ?? []).filter((child): child is HTMLElement => child instanceof HTMLElement && child.getClientRects().length > 0),
    [keepClearOf],
  );
  const wholeMap = useCallback(
    () =>
      detailIndex
        ? elements.filter((element) =>
            element.group === 'nodes' ? visible.partyIds.has(String(element.data.partyId)) : visible.relationshipIds.has(String(element.data.relationshipId)),
          )
        : null,
    [detailIndex, elements, visible],
  );

  const drawing = useMemo<MapDrawing | null>(
    () => (instance ? { ...instance, graph, elements, detailIndex, webgl, large, drawn: drawn.current, drawnVersion, draw, overlays, wholeMap } : null),
    [instance, graph, elements, detailIndex, webgl, large, drawnVersion, draw, overlays, wholeMap],
  );

  useImperativeHandle(
    ref,
    () => ({
      fit: (keepClearOf) => drawing && fitMap(drawing, visible.partyIds, keepClearOf === undefined ? drawing.overlays() : keepClearOf ? [keepClearOf] : []),
      zoomTo: (partyIds) => drawing && zoomToParties(drawing, partyIds),
      viewportCentre: () => (drawing ? viewportCentre(drawing) : { x: 0, y: 0 }),
      freeArea: () => (drawing ? freeArea(drawing) : null),
      reveal: (point) => drawing && revealPoint(drawing, point),
      focus: () => containerRef.current?.focus(),
      camera: () => (drawing ? { zoom: drawing.cy.zoom(), pan: { ...drawing.cy.pan() } } : null),
      setCamera: (camera) => drawing?.cy.viewport(camera),
    }),
    [drawing, visible],
  );

  return (
    <>
      {/* Children come first: the overview tier's canvas must lie under Cytoscape's. */}
      {drawing && <MapContext.Provider value={drawing}>{children}</MapContext.Provider>}
      <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" tabIndex={0} role="application" aria-roledescription="map" aria-label={summary} />
    </>
  );
}
