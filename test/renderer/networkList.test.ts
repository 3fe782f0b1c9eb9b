import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { NetworkSummary } from '../../shared/domain';
import {
  formatNetworkCounts,
  getEmptyNetworkListState,
  isFirstStart,
  isWaitForDatabase,
  networkListFailed,
  networkListLoaded,
  networkListLoading,
} from '../../renderer/src/core/networks/networkList';

const AT = '2026-01-15T10:00:00.000Z';
const summary: NetworkSummary = {
  id: 'n1',
  name: 'Rural network',
  description: '',
  version: 0,
  createdAt: AT,
  updatedAt: AT,
  partyCount: 12,
  relationshipCount: 1,
};
const unavailable = new ApiError('database_unavailable', 'The database is starting.');
const broken = new ApiError('internal', 'Something broke.');

describe('network list state', () => {
  it('starts loading with nothing to show', () => {
    expect(getEmptyNetworkListState()).toEqual({ phase: 'loading', networks: null, error: null });
  });

  it('keeps the networks it has while reloading', () => {
    const ready = networkListLoaded(getEmptyNetworkListState(), [summary]);
    expect(networkListLoading(ready)).toMatchObject({ phase: 'loading', networks: [summary] });
  });

  it('stays on the waiting skeleton while retrying', () => {
    const waiting = networkListFailed(getEmptyNetworkListState(), unavailable, true);
    expect(networkListLoading(waiting)).toBe(waiting);
  });

  it('waits instead of failing while the database is not ready', () => {
    expect(networkListFailed(getEmptyNetworkListState(), unavailable, true)).toEqual({
      phase: 'waiting-for-database',
      networks: null,
      error: null,
    });
  });

  it('returns a new state on every failed retry, so the retry timer starts again', () => {
    const waiting = networkListFailed(getEmptyNetworkListState(), unavailable, true);
    expect(networkListFailed(waiting, unavailable, true)).not.toBe(waiting);
  });

  it('fails with the error otherwise, keeping the last list', () => {
    const ready = networkListLoaded(getEmptyNetworkListState(), [summary]);
    expect(networkListFailed(ready, broken, false)).toEqual({ phase: 'failed', networks: [summary], error: broken });
  });

  it.each([
    [unavailable, null, true],
    [broken, 'starting', true],
    [broken, 'connected', false],
    [broken, null, false],
  ] as const)('decides whether %s with the database %s means waiting', (error, state, expected) => {
    expect(isWaitForDatabase(error, state)).toBe(expected);
  });

  it('is a first start only when the database answered with no networks', () => {
    expect(isFirstStart(getEmptyNetworkListState())).toBe(false);
    expect(isFirstStart(networkListLoaded(getEmptyNetworkListState(), []))).toBe(true);
    expect(isFirstStart(networkListLoaded(getEmptyNetworkListState(), [summary]))).toBe(false);
  });
});

describe('formatNetworkCounts', () => {
  it.each([
    [0, 0, '0 parties · 0 relationships'],
    [1, 1, '1 party · 1 relationship'],
    [12, 30, '12 parties · 30 relationships'],
  ])('%s parties and %s relationships read "%s"', (partyCount, relationshipCount, text) => {
    expect(formatNetworkCounts({ partyCount, relationshipCount })).toBe(text);
  });
});
