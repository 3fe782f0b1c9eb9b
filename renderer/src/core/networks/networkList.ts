// The list of networks in the sidebar: loading, waiting for the database, ready or failed.
// The last list shown is kept while reloading so the sidebar never flickers empty.
import type { ApiError, DatabaseStatus } from '../../../../shared/api';
import type { NetworkSummary } from '../../../../shared/domain';

export type NetworkListPhase = 'loading' | 'waiting-for-database' | 'ready' | 'failed';

export type NetworkListState = {
  phase: NetworkListPhase;
  networks: NetworkSummary[] | null;
  error: ApiError | null;
};

export function getEmptyNetworkListState(): NetworkListState {
  return { phase: 'loading', networks: null, error: null };
}

export function networkListLoading(state: NetworkListState): NetworkListState {
  // While waiting for the database the skeleton stays up: retries must not flash "loading".
  if (state.phase === 'waiting-for-database' || state.phase === 'loading') return state;
  return { ...state, phase: 'loading', error: null };
}

export function networkListLoaded(_state: NetworkListState, networks: NetworkSummary[]): NetworkListState {
  return { phase: 'ready', networks, error: null };
}

// A database that is still starting (or briefly away) is a reason to wait, not an error.
export function isWaitForDatabase(error: ApiError, databaseState: DatabaseStatus['state'] | null): boolean {
  return error.code === 'database_unavailable' || databaseState === 'starting';
}

export function networkListFailed(state: NetworkListState, error: ApiError, waitForDatabase: boolean): NetworkListState {
  // A new object even when nothing visible changed: the retry timer keys on it.
  return waitForDatabase
    ? { ...state, phase: 'waiting-for-database', error: null }
    : { ...state, phase: 'failed', error };
}

export function isFirstStart(state: NetworkListState): boolean {
  return state.phase === 'ready' && state.networks !== null && state.networks.length === 0;
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatNetworkCounts(summary: Pick<NetworkSummary, 'partyCount' | 'relationshipCount'>): string {
  const parties = countOf(summary.partyCount, 'party', 'parties');
  const relationships = countOf(summary.relationshipCount, 'relationship', 'relationships');
  return `${parties} · ${relationships}`;
}
