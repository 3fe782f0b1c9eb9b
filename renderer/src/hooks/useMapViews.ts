// Saved views on the open map (issue 15): what the map shows now as a view's state, and showing a
// saved view — filters, focus, places, collapsed organisations, decoration and camera — in one go.
// The places are one undoable step, drawn at once and saved after (the editor's optimistic move).
import { useCallback, useState } from 'react';
import type { RefObject } from 'react';
import type { NetworkGraph, SavedView, ViewState } from '../../../shared/domain';
import type { FilterState } from '../core/filters/filterState';
import { getEmptySelection, selectParties } from '../core/selection/selection';
import type { Selection } from '../core/selection/selection';
import { captureView, showView, shownScenario } from '../core/views/viewState';
import type { MapCamera } from '../views/map/MapCanvas';
import type { Editor } from './useEditor';
import type { Organisations } from './useOrganisations';
import { useSavedViews } from './useSavedViews';
import type { SavedViews } from './useSavedViews';
import type { WithdrawalAnalysis } from './useWithdrawalAnalysis';

type MapState = {
  filters: FilterState;
  setFilters: (filters: FilterState) => void;
  focusOn: boolean;
  setFocusOn: (on: boolean) => void;
  hops: number;
  setHops: (hops: number) => void;
  selection: Selection;
  setSelection: (selection: Selection) => void;
};

export type MapViews = {
  views: SavedViews;
  /** The view shown last, marked in the list. */
  shownId: string | null;
  capture: () => ViewState;
  show: (view: SavedView) => void;
};

export function useMapViews(graph: NetworkGraph, editor: Editor, organisations: Organisations, analysis: WithdrawalAnalysis, camera: RefObject<MapCamera | null>, map: MapState): MapViews {
  const views = useSavedViews(graph.network.id);
  const [shownId, setShownId] = useState<string | null>(null);
  const { simulation, scenarios, criticality } = analysis;

  const capture = useCallback((): ViewState => {
    // Only a saved scenario can be shown again: an unsaved simulation is not part of a view.
    const { scenarioName, question, view } = simulation.state;
    const scenario = shownScenario(scenarios.list, { scenarioName, asked: question?.withdrawn ?? null, withdrawn: view?.withdrawn.map((party) => party.id) ?? [] });
    return captureView(graph, {
      filters: map.filters,
      focus: { on: map.focusOn, hops: map.hops, partyIds: map.selection.partyIds },
      collapsed: organisations.collapsed,
      decoration: { scenarioId: scenario?.id ?? null, harm: criticality.state.sized },
      camera: camera.current?.camera() ?? null,
    });
  }, [graph, map.filters, map.focusOn, map.hops, map.selection.partyIds, organisations.collapsed, simulation.state, scenarios.list, criticality.state.sized, camera]);

  const { setFilters, setFocusOn, setHops, setSelection } = map;
  const { perform } = editor;
  const { setCollapsed } = organisations;
  const show = useCallback(
    (view: SavedView) => {
      const shown = showView(graph, view.state);
      setFilters(shown.filters);
      setHops(shown.focus.hops);
      setSelection(shown.focus.on ? selectParties([...shown.focus.partyIds]) : getEmptySelection());
      setFocusOn(shown.focus.on);
      setCollapsed(shown.collapsed);
      const scenario = shown.decoration.scenarioId ? scenarios.list?.find((saved) => saved.id === shown.decoration.scenarioId) : undefined;
      if (scenario) simulation.simulate({ withdrawn: scenario.withdrawn, endedRelationships: scenario.withdrawnRelationships, endsBefore: scenario.endsBefore }, { name: scenario.name, thresholds: scenario.params });
      else analysis.clear();
      if (shown.decoration.harm && !criticality.state.ranking) criticality.run('parties');
      criticality.setSized(shown.decoration.harm);
      if (shown.moves.length > 0) void perform(`Show view “${view.name}”`, { kind: 'move', positions: shown.moves }, { optimistic: true });
      if (shown.camera) camera.current?.setCamera(shown.camera);
      setShownId(view.id);
    },
    [graph, setFilters, setHops, setSelection, setFocusOn, setCollapsed, scenarios.list, simulation, analysis, criticality, perform, camera],
  );

  return { views, shownId, capture, show };
}
