// Runs withdrawal simulations in the worker and keeps the latest answer. Only one simulation
// runs at a time: while one is computing, further requests (a threshold slider being dragged)
// collapse into the most recent one, which runs next. The simulation re-runs by itself when
// the network changes, so the panel always describes the map on screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImpactNetwork } from '../../../shared/analysis';
import {
  adjustThresholds,
  askToQuestion,
  DEFAULT_THRESHOLDS,
  isEmptyAsk,
  resolveQuestion,
  getEmptySimulationState,
  rowHighlighted,
  rowsAdded,
  simulationCancelled,
  simulationEstimated,
  simulationFailed,
  simulationRequested,
  simulationSucceeded,
} from '../core/simulation/simulationState';
import type { SimulationAsk, SimulationState, WithdrawalQuestion } from '../core/simulation/simulationState';
import type { RowSection, Thresholds } from '../core/simulation/simulationView';
import { CancelledError } from '../workers/simulationClient';
import type { SimulationClient } from '../workers/simulationClient';

const ROWS_PER_PAGE = 200;

export type WithdrawalSimulation = {
  state: SimulationState;
  thresholds: Thresholds;
  simulate: (ask: SimulationAsk, scenario?: { name: string; thresholds: Thresholds }) => void;
  setThresholds: (changed: Partial<Thresholds>) => void;
  highlight: (partyId: string | null) => void;
  loadMore: (section: RowSection) => void;
  cancel: () => void;
  clear: () => void;
};

/**
 * `endingBefore` gives the agreements a day ends on the network as it is now; a question about a
 * day is asked again when they change (an end date edited while the answer is on screen).
 */
export function useWithdrawalSimulation(client: SimulationClient, network: ImpactNetwork, endingBefore: (day: string) => readonly string[]): WithdrawalSimulation {
  const [state, setState] = useState(getEmptySimulationState);
  const [thresholds, setThresholdState] = useState<Thresholds>(DEFAULT_THRESHOLDS);
  const stateRef = useRef(state);
  const generation = useRef(0);
  const running = useRef(false);
  const queued = useRef<{ question: WithdrawalQuestion; scenarioName: string | null } | null>(null);
  const answered = useRef<WithdrawalQuestion | null>(null);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const runNext = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (queued.current) {
      const { question, scenarioName } = queued.current;
      queued.current = null;
      const mine = generation.current;
      setState((current) => simulationRequested(current, question, scenarioName));
      try {
        const reply = await client.ask<'simulated'>({ type: 'simulate', ...resolveQuestion(question, endingBefore) }, (update) => {
          if (update.type !== 'estimated' || mine !== generation.current) return;
          // What is on screen now answers this question, also if the person cancels.
          answered.current = question;
          setState((current) => simulationEstimated(current, update.id, update.view, update.missing));
        });
        if (mine !== generation.current) continue;
        answered.current = question;
        setState((current) => simulationSucceeded(current, reply.id, reply.view, reply.missing));
      } catch (error) {
        if (mine !== generation.current) continue;
        if (error instanceof CancelledError) setState((current) => simulationCancelled(current, answered.current));
        else setState((current) => simulationFailed(current, error instanceof Error ? error.message : String(error)));
      }
    }
    running.current = false;
  }, [client, endingBefore]);

  const ask = useCallback(
    (question: WithdrawalQuestion, scenarioName: string | null) => {
      queued.current = { question, scenarioName };
      void runNext();
    },
    [runNext],
  );

  const simulate = useCallback<WithdrawalSimulation['simulate']>(
    (request, scenario) => {
      if (isEmptyAsk(request)) return;
      const chosen = scenario?.thresholds ?? thresholds;
      if (scenario) setThresholdState(scenario.thresholds);
      ask(askToQuestion(request, chosen), scenario?.name ?? null);
    },
    [ask, thresholds],
  );

  const setThresholds = useCallback(
    (changed: Partial<Thresholds>) => {
      const next = adjustThresholds(thresholds, changed);
      setThresholdState(next);
      const question = stateRef.current.question;
      if (question) ask({ ...question, thresholds: next }, stateRef.current.scenarioName);
    },
    [ask, thresholds],
  );

  // A new revision of the network (or of its agreements' terms): answer the same question about it.
  useEffect(() => {
    const question = stateRef.current.question;
    if (question) ask(question, stateRef.current.scenarioName);
  }, [network, ask]);

  const loadMore = useCallback(
    async (section: RowSection) => {
      const { simulationId, view, more } = stateRef.current;
      if (simulationId === null || !view) return;
      const offset = view[section].rows.length + more[section].length;
      try {
        const reply = await client.ask<'rows'>({ type: 'rows', simulationId, section, offset, limit: ROWS_PER_PAGE });
        setState((current) => (current.simulationId === simulationId ? rowsAdded(current, section, reply.rows) : current));
      } catch {
        // A newer simulation replaced this one; its own first rows are already on screen.
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    queued.current = null;
    client.cancel();
  }, [client]);

  const clear = useCallback(() => {
    generation.current++;
    queued.current = null;
    answered.current = null;
    setState(getEmptySimulationState());
  }, []);

  const highlight = useCallback((partyId: string | null) => setState((current) => rowHighlighted(current, partyId)), []);

  return { state, thresholds, simulate, setThresholds, highlight, loadMore: (section) => void loadMore(section), cancel, clear };
}
