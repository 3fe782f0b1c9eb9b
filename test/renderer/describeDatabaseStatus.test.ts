import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { DatabaseStatus } from '../../shared/api';
import { describeDatabaseStatus } from '../../renderer/src/core/database/describeDatabaseStatus';

const local: DatabaseStatus = {
  mode: 'local',
  state: 'connected',
  url: 'bolt://127.0.0.1:7688',
  user: 'neo4j',
  serverVersion: 'Neo4j/5.26.30',
  message: null,
};
const server: DatabaseStatus = { ...local, mode: 'server', url: 'neo4j+s://abc.databases.neo4j.io', user: 'director' };

describe('describeDatabaseStatus', () => {
  it.each([
    ['local, connected', local, 'ok', 'Local database · Neo4j 5.26.30 · connected'],
    ['local, bare version', { ...local, serverVersion: '5.26.30' }, 'ok', 'Local database · Neo4j 5.26.30 · connected'],
    ['local, no version', { ...local, serverVersion: null }, 'ok', 'Local database · connected'],
    [
      'server, connected',
      server,
      'ok',
      'neo4j+s://abc.databases.neo4j.io · user director · Neo4j 5.26.30 · connected',
    ],
    ['local, starting', { ...local, state: 'starting' }, 'busy', 'Starting the local database…'],
    ['server, starting', { ...server, state: 'starting' }, 'busy', 'Connecting to neo4j+s://abc.databases.neo4j.io…'],
  ] as const)('%s', (_case, status, tone, text) => {
    expect(describeDatabaseStatus(status, null)).toMatchObject({ tone, text });
  });

  it.each(['unavailable', 'error'] as const)('passes on the message when %s and says what to do', (state) => {
    const view = describeDatabaseStatus({ ...server, state, message: 'The password was not accepted.' }, null);
    expect(view.tone).toBe('problem');
    expect(view.text).toBe('The password was not accepted.');
    expect(view.advice).toMatch(/check/i);
  });

  it.each(['unavailable', 'error'] as const)('still explains a %s local database without a message', (state) => {
    const view = describeDatabaseStatus({ ...local, state, message: null }, null);
    expect(view.text.length).toBeGreaterThan(0);
    expect(view.advice).toMatch(/Careweave/);
  });

  it.each([
    ['connected', false],
    ['starting', false],
    ['unavailable', true],
    ['error', true],
  ] as const)('offers “Try again” when the database is %s: %s', (state, canRetry) => {
    expect(describeDatabaseStatus({ ...local, state }, null).canRetry).toBe(canRetry);
  });

  it('says it is checking before the first answer', () => {
    expect(describeDatabaseStatus(null, null)).toMatchObject({ tone: 'unknown', text: 'Checking the database…' });
  });

  it('reports a status request that failed, over a stale status', () => {
    const failure = new ApiError('internal', 'Careweave is not answering.');
    expect(describeDatabaseStatus(local, failure)).toMatchObject({ tone: 'problem', text: 'Careweave is not answering.' });
  });

  it('never says "connected" unless it is', () => {
    for (const state of ['starting', 'unavailable', 'error'] as const) {
      expect(describeDatabaseStatus({ ...local, state, message: null }, null).text).not.toMatch(/connected/i);
    }
  });
});
