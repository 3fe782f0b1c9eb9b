// Why the app's own local database could not start, worded for the person: each `message` says
// what to do next.
export type LocalDatabaseErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'jars_missing'
  | 'start_failed'
  | 'start_timeout'
  | 'locked';

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

