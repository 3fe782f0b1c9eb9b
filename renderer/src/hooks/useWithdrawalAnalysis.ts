// Everything the withdrawal analysis adds to an open map, in one object for MapWorkspace to pass
// on: the simulation, saved scenarios, the criticality ranking, the analysis panel's tab, the
// layer the map draws (decorations and the highlighted chain, as data), and the party context menu.
import { useCallback, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { highlightedChain } from '../core/simulation/simulationState';
import { criticalitySizes, mapDecorations } from '../core/simulation/mapDecorations';
import type { Decorations } from '../core/simulation/mapDecorations';
import type { ChainView } from '../core/simulation/simulationView';
import { useCriticality } from './useCriticality';
import type { Criticality } from './useCriticality';
import { useScenarios } from './useScenarios';
import type { Scenarios } from './useScenarios';
import { useSimulationClient } from './useSimulationClient';
import { useWithdrawalSimulation } from './useWithdrawalSimulation';
import type { WithdrawalSimulation } from './useWithdrawalSimulation';

export type AnalysisTab = 'results' | 'scenarios' | 'criticality';
export type PartyMenu = { partyId: string; x: number; y: number };

export type WithdrawalAnalysis = {
  graph: NetworkGraph;
  simulation: WithdrawalSimulation;
  scenarios: Scenarios;
  criticality: Criticality;
  loadError: string | null;
  panelOpen: boolean;
  tab: AnalysisTab;
  openPanel: (tab?: AnalysisTab) => void;
  closePanel: () => void;
  /** Simulates these parties' withdrawal and shows the results. */
  simulate: (partyIds: readonly string[]) => void;
  /** Clears the simulation from the map and the panel. */
  clear: () => void;
  decorations: Decorations;
  /** The chain of the highlighted row, if any. */
  chain: ChainView | null;
  menu: PartyMenu | null;
  setMenu: (menu: PartyMenu | null) => void;
  /** A presentation revealing the withdrawal hop by hop: the hops shown so far, or null for all. */
  setReveal: (hops: number | null) => void;
};

export function useWithdrawalAnalysis(graph: NetworkGraph): WithdrawalAnalysis {
  const worker = useSimulationClient(graph);
  const simulation = useWithdrawalSimulation(worker.client, worker.network);
  const criticality = useCriticality(worker.network);
  const scenarios = useScenarios(graph.network.id, worker.client);
  const [panelOpen, setPanelOpen] = useState(false);
  const [tab, setTab] = useState<AnalysisTab>('results');
  const [menu, setMenu] = useState<PartyMenu | null>(null);
  const [reveal, setReveal] = useState<number | null>(null);

  const { simulate: runSimulation, clear: clearSimulation } = simulation;
  const simulate = useCallback(
    (partyIds: readonly string[]) => {
      if (partyIds.length === 0) return;
      runSimulation(partyIds);
      setTab('results');
      setPanelOpen(true);
      setMenu(null);
    },
    [runSimulation],
  );

  const { view } = simulation.state;
  const chain = highlightedChain(simulation.state);
  const ranking = criticality.state.sized ? criticality.state.ranking : null;
  const sizes = useMemo(() => (ranking ? criticalitySizes(ranking) : null), [ranking]);
  const decorations = useMemo(() => mapDecorations(graph, view, chain, sizes, reveal), [graph, view, chain, sizes, reveal]);

  return {
    graph,
    simulation,
    scenarios,
    criticality,
    loadError: worker.loadError,
    panelOpen,
    tab,
    openPanel: (next) => {
      if (next) setTab(next);
      setPanelOpen(true);
    },
    closePanel: () => setPanelOpen(false),
    simulate,
    clear: clearSimulation,
    decorations,
    chain,
    menu,
    setMenu,
    setReveal,
  };
}
