// The criticality ranking on screen ("who matters most"): computed on request in the worker,
// with progress; marked out of date when the network changes rather than recomputed unasked,
// since on a large network it simulates every party's withdrawal in turn.
import type { CriticalityScope, RankedEntry } from '../../workers/simulationProtocol';

export type CriticalityStatus = 'idle' | 'running' | 'ready' | 'failed';

export type CriticalityState = {
  status: CriticalityStatus;
  // 0–1 while running.
  progress: number;
  ranking: RankedEntry[] | null;
  // Parties each withdrawn alone, or organisations each withdrawn with everyone inside them.
  scope: CriticalityScope;
  // The ranking was computed on an earlier version of the network.
  stale: boolean;
  error: string | null;
  // Draw parties sized by their harm.
  sized: boolean;
};

export function getEmptyCriticalityState(): CriticalityState {
  return { status: 'idle', progress: 0, ranking: null, scope: 'parties', stale: false, error: null, sized: false };
}

export const criticalityActions = {
  started: (state: CriticalityState, scope: CriticalityScope = state.scope): CriticalityState => ({
    ...state,
    status: 'running',
    progress: 0,
    error: null,
    // Another scope's ranking answers another question: it is not shown meanwhile.
    ...(scope !== state.scope ? { scope, ranking: null, stale: false } : {}),
  }),
  progressed: (state: CriticalityState, done: number, total: number): CriticalityState => ({ ...state, progress: total > 0 ? done / total : 0 }),
  succeeded: (state: CriticalityState, ranking: RankedEntry[]): CriticalityState => ({ ...state, status: 'ready', progress: 1, ranking, stale: false }),
  failed: (state: CriticalityState, message: string): CriticalityState => ({ ...state, status: 'failed', error: message }),
  cancelled: (state: CriticalityState): CriticalityState => ({ ...state, status: state.ranking ? 'ready' : 'idle', progress: 0 }),
  networkChanged: (state: CriticalityState): CriticalityState => (state.ranking ? { ...state, stale: true } : state),
  sizedToggled: (state: CriticalityState, sized: boolean): CriticalityState => ({ ...state, sized }),
};
