// One open network: toolbar, map, legend, filters and the side panel, with the map's state
// (selection, filters, focus, layout, dialogs) held here and changed by pure actions from core/.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ApiError } from '../../../../shared/api';
import type { NetworkGraph } from '../../../../shared/domain';
import type { GraphPatch } from '../../core/editor/graphPatch';
import { activeFilters, filterChoices } from '../../core/filters/filterPipeline';
import { getEmptyFilterState } from '../../core/filters/filterState';
import { focusNeighbourhood } from '../../core/filters/focus';
import { chooseWebgl, isLargeMap } from '../../core/graph/renderMode';
import { useRememberedChoice, useRememberedFlag } from '../../hooks/useRememberedFlag';
import { MAP_SHOWS } from './MapToolbar';
import type { MapShow } from './MapToolbar';
import { getEmptySelection, pruneSelection, selectParties, selectRelationship } from '../../core/selection/selection';
import type { Selection } from '../../core/selection/selection';
import { useEditor } from '../../hooks/useEditor';
import type { EditResult } from '../../hooks/useEditor';
import { useVisible } from '../../hooks/useVisible';
import { useLayoutRunner } from '../../hooks/useLayoutRunner';
import { useOrganisations } from '../../hooks/useOrganisations';
import { useMapViews } from '../../hooks/useMapViews';
import { usePresentationMode } from '../../hooks/usePresentationMode';
import { usePresentations } from '../../hooks/useSavedViews';
import { useSlideStage } from '../../hooks/useSlideStage';
import { SavedViewsPanel } from '../showing/SavedViewsPanel';
import { PresentationExport } from '../showing/PresentationExport';
import { PresentationLayer } from '../showing/PresentationLayer';
import { PresentationsPanel } from '../showing/PresentationsPanel';
import { useShortcuts } from '../../hooks/useShortcuts';
import { useMapActions } from '../../hooks/useMapActions';
import { usePlaceUnplaced } from '../../hooks/usePlaceUnplaced';
import { useSimulationAnnouncements } from '../../hooks/useSimulationAnnouncements';
import { MapDialogs } from './MapDialogs';
import { focusSoon } from '../shell/focusSoon';
import { FilterPanel } from '../filters/FilterPanel';
import { ExportDialog } from '../exchange/ExportDialog';
import { SidePanel } from './SidePanel';
import { NetworkTable } from '../table/NetworkTable';
import { describeMap } from '../../core/graph/describeMap';
import { simulationSummary } from '../../core/simulation/simulationSummary';
import { webglAvailable } from '../../map/webglAvailable';
import { GraphLegend } from './GraphLegend';
import { LayoutProgress } from './LayoutProgress';
import type { MapCamera } from './MapCanvas';
import { MapToolbar } from './MapToolbar';
import type { MapDialog } from './mapDialogs';
import { NetworkMap } from './NetworkMap';
import { StageHints } from './StageHints';
// The withdrawal simulation (issue 4): its panel, its actions and key over the map, and its state.
import { SimulationStage } from '../simulation/SimulationStage';
import { useWithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { sectionRows } from '../../core/simulation/simulationState';
// Relationships over time (issue 12): the care log, trust history and the timeline.
import { useNetworkHistory } from '../../hooks/useNetworkHistory';
import { useTimeline } from '../../hooks/useTimeline';
import { TimelineBar } from '../timeline/TimelineBar';
import { RelationshipMenu } from '../timeline/RelationshipMenu';
import { TimelineController } from './controllers/TimelineController';
import { RelationshipMenuController } from './controllers/RelationshipMenuController';
// Network insight (issue 11): its dashboard in the analysis panel, its layer and key on the map.
import { InsightDashboard } from '../insight/InsightDashboard';
import { InsightKey } from '../insight/InsightKey';
import { useInsight } from '../../hooks/useInsight';

type Props = {
  graph: NetworkGraph;
  onPatch: (networkId: string, patch: GraphPatch) => void;
  onReload: () => void;
  onError: (error: ApiError) => void;
  // The export dialog draws its pictures from the map, so it opens inside the map's owner; the
  // "Board report…" button opens it on the report.
  exporting: 'export' | 'report' | null;
  onExportClosed: () => void;
  // Where the sidebar keeps room for the open network's saved views.
  sidebarSlot: HTMLElement | null;
};

export function MapWorkspace({ graph, onPatch, onReload, onError, exporting, onExportClosed, sidebarSlot }: Props) {
  const editor = useEditor(graph, onPatch);
  const layouts = useLayoutRunner();
  const analysis = useWithdrawalAnalysis(graph);
  const history = useNetworkHistory(graph, onPatch);
  const timeline = useTimeline(graph, history);
  const organisations = useOrganisations(graph, editor);
  const canvasRef = useRef<MapCamera>(null);
  // Everything that floats over the map lives in one layer, which Fit and new parties keep clear of.
  const overlayRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [selection, setSelection] = useState<Selection>(getEmptySelection);
  const [filters, setFilters] = useState(getEmptyFilterState);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [focusOn, setFocusOn] = useState(false);
  const [hops, setHops] = useState(1);
  const [connectMode, setConnectMode] = useState(false);
  const [dialog, setDialog] = useState<MapDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const [panelHidden, setPanelHidden] = useRememberedFlag('careweave.sidePanel.hidden');
  // Single-key shortcuts act on the map and the table only, and the person may switch them off.
  const [singleKeys, setSingleKeys] = useRememberedFlag('careweave.shortcuts.singleKeys', true);
  const stageRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLElement>(null);
  // The map, the table (its text alternative), or both, as the person last chose.
  const [show, setShow] = useRememberedChoice<MapShow>('careweave.map.show', MAP_SHOWS, 'map');
  // The renderer is chosen once per opened network: Cytoscape cannot switch it on a live map.
  const [webgl] = useState(() => chooseWebgl(graph.parties.length + graph.relationships.length, webglAvailable()));
  const [large] = useState(() => isLargeMap(graph.parties.length + graph.relationships.length));

  const visible = useVisible(graph, filters);
  const focus = useMemo(
    () => (focusOn && selection.partyIds.length > 0 ? focusNeighbourhood(graph.relationships, visible, selection.partyIds, hops) : null),
    [focusOn, selection.partyIds, graph.relationships, visible, hops],
  );
  const choices = useMemo(() => filterChoices(graph), [graph]);
  const insight = useInsight(graph, visible, activeFilters(filters).length > 0);
  const mapViews = useMapViews(graph, editor, organisations, analysis, canvasRef, { filters, setFilters, focusOn, setFocusOn, hops, setHops, selection, setSelection });
  // Presentations (issue 15): slides put on this map, played full screen or exported to PDF.
  const presentations = usePresentations(graph.network.id);
  const stage = useSlideStage(mapViews, analysis, canvasRef);
  const presenting = usePresentationMode(stage);

  useEffect(() => setSelection((current) => pruneSelection(current, graph)), [graph]);
  useSimulationAnnouncements(analysis.simulation.state.view, setAnnouncement);
  // Asking for the analysis (Simulate, the key W, the party menu) shows the panel it opens in.
  useEffect(() => {
    if (analysis.panelOpen) setPanelHidden(false);
  }, [analysis.panelOpen, setPanelHidden]);

  const report = useCallback(
    (result: EditResult | null, done: string) => {
      if (!result) return;
      if (result.ok) setAnnouncement(done);
      else onError(result.error);
    },
    [onError],
  );

  usePlaceUnplaced(graph, editor, report);

  const { addParty, addRelationship, askDelete, undo, redo, goTo, openParty, arrange, moved, onShortcut } = useMapActions({
    graph, editor, layouts, analysis, camera: canvasRef, search: searchRef, selection, setSelection, visible, setDialog, report, onError,
    announce: setAnnouncement, showPanel: () => setPanelHidden(false), connectMode, setConnectMode, filtersOpen, setFiltersOpen, setFocusOn,
  });
  useShortcuts(onShortcut, dialog === null && presenting.state === null, { areas: () => [stageRef.current, tableRef.current], singleKeys });

  return (
    <div className={`map-workspace${presenting.state?.kind === 'playing' ? ' map-workspace--presenting' : ''}`}>
      <MapToolbar
        parties={graph.parties}
        canUndo={editor.undoLabel}
        canRedo={editor.redoLabel}
        saving={editor.saving}
        connectMode={connectMode}
        layoutBusy={layouts.status !== null}
        filterCount={activeFilters(filters).length}
        filtersOpen={filtersOpen}
        focusOn={focusOn}
        hasSelection={selection.partyIds.length > 0}
        show={show}
        searchRef={searchRef}
        on={{
          addParty: () => addParty(),
          addRelationship: () => addRelationship(),
          toggleConnect: () => setConnectMode((on) => !on),
          undo: () => void undo(),
          redo: () => void redo(),
          search: goTo,
          arrange: (layout) => void arrange(layout),
          toggleFilters: () => setFiltersOpen((open) => !open),
          toggleFocus: () => setFocusOn((on) => !on),
          fit: () => canvasRef.current?.fit(),
          zoomToSelection: () => canvasRef.current?.zoomTo(selection.partyIds),
          help: () => setDialog({ kind: 'help' }),
          show: setShow,
        }}
      />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcement">{announcement}</p>
      <div className="map-workspace__body">
        <div className={`map-workspace__main map-workspace__main--${show}`}>
        <div className="network-view__stage" ref={stageRef} hidden={show === 'table'}>
          <NetworkMap
            ref={canvasRef}
            key={`${webgl ? 'webgl' : 'canvas'}-${large ? 'large' : 'small'}`}
            graph={timeline.view?.graph ?? graph}
            collapsed={organisations.collapsed}
            visible={visible}
            focus={focus}
            selection={selection}
            webgl={webgl}
            large={large}
            connectMode={connectMode}
            decorations={analysis.decorations}
            chain={analysis.chain} dimmed={timeline.view?.dimmed ?? null}
            insightDecorations={insight.decorations}
            keepClearOf={overlayRef}
            summary={describeMap({ graph, shown: { parties: visible.partyIds.size, relationships: visible.relationshipIds.size }, filterCount: activeFilters(filters).length, focusOn: focus !== null, simulation: simulationSummary(analysis.simulation.state.view) })}
            on={{
              selectionChange: setSelection,
              partiesMoved: moved,
              connect: (source, target) => setDialog({ kind: 'add-relationship', sourceId: source, targetId: target }),
              backgroundDoubleTap: (at) => addParty(at),
              partyMenu: analysis.setMenu,
              membershipDrop: (changes) => void organisations.change(changes).then((r) => report(r, 'Organisation changed')),
              toggleOrganisation: organisations.toggle,
              openParty,
              announce: setAnnouncement,
            }}
          >
            {exporting && (
              <ExportDialog graph={graph} onClose={onExportClosed} initialFormat={exporting === 'report' ? { kind: 'diagram', id: 'report' } : undefined}
                simulation={analysis.simulation.state.view && { view: analysis.simulation.state.view, external: sectionRows(analysis.simulation.state, 'external'), others: sectionRows(analysis.simulation.state, 'others') }} />
            )}
            <TimelineController day={timeline.on ? timeline.day : null} dimmed={timeline.view?.dimmed ?? null} />
            <RelationshipMenuController onMenu={analysis.setRelationshipMenu} />
            {presenting.state?.kind === 'exporting' && <PresentationExport presentation={presenting.state.presentation} networkName={graph.network.name} stage={stage} analysis={analysis} onClose={presenting.close} />}
          </NetworkMap>
          <div className="map-overlays" ref={overlayRef}>
            {graph.parties.length === 0 && <p className="stage-note">This network has no parties yet. Double-click the map or use “+ Party”.</p>}
            {(connectMode || focus || filtersOpen) && (
              <div className="stage-corner">
                <StageHints connectMode={connectMode} focusShown={focus !== null} hops={hops} onHops={setHops} />
                {filtersOpen && (
                  <FilterPanel
                    state={filters}
                    choices={choices}
                    shown={{ parties: visible.partyIds.size, relationships: visible.relationshipIds.size, totalParties: graph.parties.length, totalRelationships: graph.relationships.length }}
                    onChange={setFilters}
                    onClose={() => setFiltersOpen(false)}
                  />
                )}
              </div>
            )}
            <GraphLegend parties={graph.parties} webgl={webgl} shortStage={show !== 'map'} />
            {layouts.status && <LayoutProgress status={layouts.status} onCancel={layouts.cancel} />}
            <SimulationStage analysis={analysis} selectedPartyIds={selection.partyIds} organisations={organisations}>
              <TimelineBar timeline={timeline} graph={graph} selectedPartyIds={selection.partyIds} endingBefore={analysis.endingBefore} onSimulate={(day, partyIds) => analysis.ask({ withdrawn: partyIds, endsBefore: day })} />
            <InsightKey badges={insight.state.badges ? insight.state.report?.network.singlePointsOfFailure ?? 0 : 0} sizeBy={insight.state.sizeBy} onOpen={() => analysis.openPanel('insight')} />
            </SimulationStage>
            {analysis.relationshipMenu && <RelationshipMenu analysis={analysis} />}
            <PresentationLayer mode={presenting} stage={stage} presentations={presentations} views={mapViews.views.list} analysis={analysis} />
          </div>
        </div>
        {show !== 'map' && (
          <NetworkTable ref={tableRef} graph={graph} visible={visible} focus={focus} selection={selection} view={analysis.simulation.state.view} editor={editor}
            on={{ select: setSelection, open: openParty, showChain: (id) => { analysis.openPanel('results'); analysis.simulation.highlight(id); }, delete: askDelete, simulate: analysis.simulate }} />
        )}
        </div>
        <SidePanel
          hidden={panelHidden}
          onToggle={() => setPanelHidden(!panelHidden)}
          analysis={analysis}
          inspector={{
            graph,
            selection,
            editor,
            choices,
            // Following a link replaces the panel's content: the keyboard goes to its new heading.
            onSelectParty: (id) => { setSelection(selectParties([id])); focusSoon('#party-editor-title'); },
            onSelectRelationship: (id) => { setSelection(selectRelationship(id)); focusSoon('#relationship-editor-title'); },
            onAddParty: () => addParty(),
            onAddRelationship: (id) => addRelationship(id ?? null, null),
            onDelete: askDelete,
            onReload,
            organisations,
            history,
          }}
          insight={
            <InsightDashboard
              insight={insight}
              networkName={graph.network.name}
              scenarios={analysis.scenarios.list}
              selectedPartyIds={selection.partyIds}
              onSelect={(partyIds, relationshipIds) => {
                setSelection({ partyIds: [...new Set(partyIds)], relationshipIds: [...new Set(relationshipIds)] });
                if (partyIds.length > 0) canvasRef.current?.zoomTo(partyIds);
              }}
            />
          }
        />
      </div>
      <MapDialogs
        dialog={dialog}
        graph={graph}
        editor={editor}
        typesInNetwork={choices.types}
        singleKeys={singleKeys}
        onSingleKeys={setSingleKeys}
        onClose={() => setDialog(null)}
        on={{
          partyAdded: (id, at) => { setDialog(null); setSelection(selectParties([id])); setAnnouncement('Party added'); canvasRef.current?.reveal(at); },
          relationshipAdded: (id) => { setDialog(null); setSelection(selectRelationship(id)); setAnnouncement('Relationship added'); },
          deleted: () => { setDialog(null); setSelection(getEmptySelection()); setAnnouncement('Deleted. Undo brings it back.'); },
        }}
      />
      {sidebarSlot && createPortal(<><SavedViewsPanel mapViews={mapViews} scenarios={analysis.scenarios.list} /><PresentationsPanel presentations={presentations} mode={presenting} /></>, sidebarSlot)}
    </div>
  );
}
