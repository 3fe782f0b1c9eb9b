// The withdrawal simulation on screen: the question asked (who withdraws, which agreements end —
// named, or all those ending before a day — with which thresholds), the latest answer from the
// worker, and which row's chain is highlighted.
// Changed only by these pure functions; the hook (hooks/useWithdrawalSimulation.ts) owns the worker.
import { DEFAULT_SIMULATION_OPTIONS } from '../../../../shared/analysis/simulationOptions';
import type { ChainView, ImpactRow, RowSection, SimulationView, Thresholds } from './simulationView';

export type WithdrawalQuestion = {
  withdrawn: string[];
  /** Agreements that end while both parties stay (DESIGN.md §4.9), chosen one by one. */
  endedRelationships: string[];
  /** Every agreement ending before this day and not renewing ends too (issue 12). */
  endsBefore: string | null;
  thresholds: Thresholds;
};

/** A question as asked from the map: whatever it leaves out is not part of it. */
export type SimulationAsk = Partial<Pick<WithdrawalQuestion, 'endedRelationships' | 'endsBefore'>> & { withdrawn: readonly string[] };

export function askToQuestion(ask: SimulationAsk, thresholds: Thresholds): WithdrawalQuestion {
  return { withdrawn: [...ask.withdrawn], endedRelationships: [...(ask.endedRelationships ?? [])], endsBefore: ask.endsBefore ?? null, thresholds };
}

export function isEmptyAsk(ask: SimulationAsk): boolean {
  return ask.withdrawn.length === 0 && (ask.endedRelationships ?? []).length === 0 && (ask.endsBefore ?? null) === null;
}

/**
 * What the worker is sent: the agreements a day ends, worked out on the network as it is now,
 * joined to those named one by one.
 */
export function resolveQuestion(question: WithdrawalQuestion, endingBefore: (day: string) => readonly string[]): WithdrawalQuestion {
  if (question.endsBefore === null) return question;
  return { ...question, endedRelationships: [...new Set([...question.endedRelationships, ...endingBefore(question.endsBefore)])] };
}
export type SimulationStatus = 'idle' | 'running' | 'ready' | 'failed';

export type SimulationState = {
  question: WithdrawalQuestion | null;
  // Set when the question came from a saved scenario, so the panel can say which.
  scenarioName: string | null;
  status: SimulationStatus;
  view: SimulationView | null;
  // The worker's id for the view, to page further rows out of it.
  simulationId: number | null;
  // Withdrawn ids no longer in the network: the simulation ran without them.
  missing: string[];
  error: string | null;
  highlightId: string | null;
  more: Record<RowSection, ImpactRow[]>;
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  affectedThreshold: DEFAULT_SIMULATION_OPTIONS.affectedThreshold,
  disruptedThreshold: DEFAULT_SIMULATION_OPTIONS.disruptedThreshold,
};

export function getEmptySimulationState(): SimulationState {
  return { question: null, scenarioName: null, status: 'idle', view: null, simulationId: null, missing: [], error: null, highlightId: null, more: { external: [], others: [] } };
}

// The previous answer stays on screen while the next is computed, so the map does not flash.
// A highlighted chain survives new thresholds or an edit, not a different set of withdrawals.
export function simulationRequested(state: SimulationState, question: WithdrawalQuestion, scenarioName: string | null = state.scenarioName): SimulationState {
  const sameParties = state.question !== null && sameIds(state.question.withdrawn, question.withdrawn) && sameIds(state.question.endedRelationships, question.endedRelationships) && state.question.endsBefore === question.endsBefore;
  return { ...state, question, scenarioName, status: 'running', error: null, highlightId: sameParties ? state.highlightId : null };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function simulationSucceeded(state: SimulationState, simulationId: number, view: SimulationView, missing: string[]): SimulationState {
  const stillHit = state.highlightId !== null && view.classById[state.highlightId] !== undefined && view.classById[state.highlightId] !== 'unaffected';
  return { ...state, status: 'ready', view, simulationId, missing, error: null, highlightId: stillHit ? state.highlightId : null, more: { external: [], others: [] } };
}

/** An early answer while the simulation refines: shown at once, still running. */
export function simulationEstimated(state: SimulationState, simulationId: number, view: SimulationView, missing: string[]): SimulationState {
  return { ...simulationSucceeded(state, simulationId, view, missing), status: 'running' };
}

export function simulationFailed(state: SimulationState, message: string): SimulationState {
  return { ...state, status: 'failed', error: message };
}

// Stopped by the person: the previous answer, if any, stays; the question goes back to it.
export function simulationCancelled(state: SimulationState, previous: WithdrawalQuestion | null): SimulationState {
  if (!state.view) return getEmptySimulationState();
  return { ...state, status: 'ready', question: previous, error: null };
}

export function rowsAdded(state: SimulationState, section: RowSection, rows: ImpactRow[]): SimulationState {
  return { ...state, more: { ...state.more, [section]: [...state.more[section], ...rows] } };
}

export function rowHighlighted(state: SimulationState, partyId: string | null): SimulationState {
  return { ...state, highlightId: state.highlightId === partyId ? null : partyId };
}

/** Every row received so far for a section: the first page, then the pages asked for. */
export function sectionRows(state: SimulationState, section: RowSection): ImpactRow[] {
  return state.view ? [...state.view[section].rows, ...state.more[section]] : [];
}

export function highlightedChain(state: SimulationState): ChainView | null {
  if (state.highlightId === null) return null;
  const row = [...sectionRows(state, 'external'), ...sectionRows(state, 'others')].find((entry) => entry.id === state.highlightId);
  return row?.chain ?? null;
}

/** Thresholds kept in order: moving one past the other moves the other with it. */
export function adjustThresholds(current: Thresholds, changed: Partial<Thresholds>): Thresholds {
  const next = { ...current, ...changed };
  if (next.affectedThreshold > next.disruptedThreshold) {
    if (changed.affectedThreshold !== undefined) next.disruptedThreshold = next.affectedThreshold;
    else next.affectedThreshold = next.disruptedThreshold;
  }
  return next;
}

/** A default scenario name a person can accept as it is: "Withdrawal of A and B". */
export function defaultScenarioName(names: readonly string[]): string {
  if (names.length === 0) return 'Withdrawal';
  if (names.length <= 2) return `Withdrawal of ${names.join(' and ')}`;
  return `Withdrawal of ${names[0]}, ${names[1]} and ${names.length - 2} more`;
}
