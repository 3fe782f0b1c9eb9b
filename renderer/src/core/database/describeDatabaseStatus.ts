// What the status bar says about the database: where the data lives, whether it is reachable,
// and, when it is not, what the person can do about it.
import type { ApiError, DatabaseStatus } from '../../../../shared/api';

export type StatusTone = 'ok' | 'busy' | 'problem' | 'unknown';

export type StatusView = {
  tone: StatusTone;
  text: string;
  advice: string | null;
  /** Offer “Try again”: the app has no database and the person may know it is back. */
  canRetry: boolean;
};

function neo4jVersion(serverVersion: string | null): string | null {
  if (!serverVersion) return null;
  // Servers report "Neo4j/5.26.30"; the local launcher may report just "5.26.30".
  const version = serverVersion.replace(/^neo4j[/\s]*/i, '').trim();
  return version ? `Neo4j ${version}` : null;
}

function whereTheDataLives(status: DatabaseStatus): string {
  if (status.mode === 'local') return 'Local database';
  const url = status.url ?? 'Database server';
  return status.user ? `${url} · user ${status.user}` : url;
}

const ADVICE = {
  local: {
    unavailable:
      'Careweave keeps trying every few seconds. If this does not clear, quit and reopen Careweave.',
    error: 'Choose Try again. If Careweave still has no database after that, restart the computer and try again.',
  },
  server: {
    unavailable:
      'Check that the database server is running and that this computer can reach it. Careweave keeps trying every few seconds.',
    error: 'Check the server address, user name and password, and that the server is running.',
  },
} as const;

export function describeDatabaseStatus(status: DatabaseStatus | null, failure: ApiError | null): StatusView {
  if (failure) {
    return { tone: 'problem', text: failure.message, advice: 'Careweave will check again in a few seconds.', canRetry: false };
  }
  if (!status) return { tone: 'unknown', text: 'Checking the database…', advice: null, canRetry: false };

  switch (status.state) {
    case 'connected':
      return {
        tone: 'ok',
        text: [whereTheDataLives(status), neo4jVersion(status.serverVersion), 'connected']
          .filter((part): part is string => part !== null)
          .join(' · '),
        advice: null,
        canRetry: false,
      };
    case 'starting':
      return status.mode === 'local'
        ? {
            tone: 'busy',
            text: 'Starting the local database…',
            advice: 'This takes a few seconds, longer the very first time.',
            canRetry: false,
          }
        : { tone: 'busy', text: `Connecting to ${status.url ?? 'the database server'}…`, advice: null, canRetry: false };
    case 'unavailable':
      return {
        tone: 'problem',
        text:
          status.message ??
          (status.mode === 'local'
            ? 'The local database is not running.'
            : `Careweave cannot reach ${status.url ?? 'the database server'}.`),
        advice: ADVICE[status.mode].unavailable,
        canRetry: true,
      };
    case 'error':
      return {
        tone: 'problem',
        text: status.message ?? 'The database reported a problem.',
        advice: ADVICE[status.mode].error,
        canRetry: true,
      };
  }
}
