// Failures of the app-managed local database that a person can act on; `message` says what to do.
export type LocalDatabaseErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'jars_missing'
  | 'start_failed'
  | 'start_timeout'
  | 'locked'
  | 'already_running';

export class LocalDatabaseError extends Error {
  override readonly name = 'LocalDatabaseError';

  constructor(
    readonly code: LocalDatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function alreadyRunningMessage(dataDir: string): string {
  return `Careweave is already running on this data folder (${dataDir}). Switch to that window, or quit it first and then start Careweave again.`;
}
