// Everything the withdrawal analysis adds to an open map, in one object for MapWorkspace to pass
// on: the simulation, saved scenarios, the criticality ranking, the analysis panel's tab, the
// layer the map draws (decorations and the highlighted chain, as data), and the party context menu.
import { useCallback, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { highlightedChain, isEmptyAsk } from '../core/simulation/simulationState';
import type { SimulationAsk } from '../core/simulation/simulationState';
import { useEndingBefore } from './useEndingBefore';
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

export type AnalysisTab = 'results' | 'scenarios' | 'criticality' | 'insight';
export type PartyMenu = { partyId: string; x: number; y: number };
export type RelationshipMenu = { relationshipId: string; x: number; y: number };

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
  /** Simulates a whole question: parties, agreements that end, or a day (issue 12). */
  ask: (ask: SimulationAsk) => void;
  /** Adds a party to the question on screen, keeping its ended agreements and day. */
  addToWithdrawal: (partyId: string) => void;
  /** Clears the simulation from the map and the panel. */
  clear: () => void;
  decorations: Decorations;
  /** The chain of the highlighted row, if any. */
  chain: ChainView | null;
  menu: PartyMenu | null;
  setMenu: (menu: PartyMenu | null) => void;
  relationshipMenu: RelationshipMenu | null;
  setRelationshipMenu: (menu: RelationshipMenu | null) => void;
  /** The agreements a day ends on the open network (issue 12). */
  endingBefore: (day: string) => readonly string[];
  /** A presentation revealing the withdrawal hop by hop: the hops shown so far, or null for all. */
  setReveal: (hops: number | null) => void;
};

export function useWithdrawalAnalysis(graph: NetworkGraph): WithdrawalAnalysis {
  const worker = useSimulationClient(graph);
  const endingBefore = useEndingBefore(graph.relationships);
  const simulation = useWithdrawalSimulation(worker.client, worker.network, endingBefore);
  const criticality = useCriticality(worker.network);
  const scenarios = useScenarios(graph.network.id, worker.client, endingBefore);
  const [panelOpen, setPanelOpen] = useState(false);
  const [tab, setTab] = useState<AnalysisTab>('results');
  const [menu, setMenu] = useState<PartyMenu | null>(null);
  const [relationshipMenu, setRelationshipMenu] = useState<RelationshipMenu | null>(null);
  const [reveal, setReveal] = useState<number | null>(null);

  const { simulate: runSimulation, clear: clearSimulation } = simulation;
  const ask = useCallback(
    (request: SimulationAsk) => {
      if (isEmptyAsk(request)) return;
      runSimulation(request);
      setTab('results');
      setPanelOpen(true);
      setMenu(null);
      setRelationshipMenu(null);
    },
    [runSimulation],
  );
  const simulate = useCallback((partyIds: readonly string[]) => ask({ withdrawn: partyIds }), [ask]);
  const asked = simulation.state.question;
  const addToWithdrawal = useCallback(
    (partyId: string) => ask({ withdrawn: [...(asked?.withdrawn ?? []), partyId], endedRelationships: asked?.endedRelationships, endsBefore: asked?.endsBefore }),
    [ask, asked],
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
    ask,
    addToWithdrawal,
    clear: clearSimulation,
    decorations,
    chain,
    menu,
    setMenu,
    relationshipMenu,
    setRelationshipMenu,
    endingBefore,
    setReveal,
  };
}
