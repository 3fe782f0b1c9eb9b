// Turns driver errors into ApiErrors a person can act on. Neo4j reports failures by code;
// the ones a user can do something about get their own words.
import { ApiError } from '../../shared/api';

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET']);
// The driver's own errors carry no code ('N/A'), only words. These mean the connection was being
// replaced (a database restart, a switch of server) while the request waited: nothing was sent.
const CLOSED_DRIVER = /Pool is closed|closed session/i;
// Another transaction held the same nodes for longer than the driver's retries waited.
const LOCK_CODES = /^Neo\.TransientError\.Transaction\.(DeadlockDetected|LockAcquisitionTimeout|LockClientStopped|Outdated)$/;
// Neo4j's transaction and heap limits: MemoryPoolOutOfMemoryError, TransactionMemoryLimit, OutOfMemoryError.
const MEMORY_CODES = /OutOfMemory|MemoryLimit|MemoryPool/;

export function isDriverError(error: unknown): error is DriverErrorLike & Error {
  return error instanceof Error && typeof (error as DriverErrorLike).code === 'string';
}

export function isConnectionLost(error: unknown): boolean {
  return isDriverError(error) && (UNAVAILABLE_CODES.has(String(error.code)) || CLOSED_DRIVER.test(String(error.message)));
}

export function toApiError(error: unknown, context = 'The database'): ApiError {
  if (error instanceof ApiError) return error;
  if (!isDriverError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new ApiError('internal', `Something went wrong inside Careweave: ${message}`);
  }
  const code = String(error.code);
  if (isConnectionLost(error)) {
    return new ApiError(
      'database_unavailable',
      `${context} cannot be reached, so nothing was saved. Check that the database is running (see the status bar) and try again.`,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ApiError('unauthorized', 'The database refused the user name or password. Check the credentials in the database settings.');
  }
  if (LOCK_CODES.test(code)) {
    return new ApiError(
      'database_unavailable',
      'Another change to the same items was being saved at the same moment, so this one was not saved. Try again in a moment.',
    );
  }
  if (MEMORY_CODES.test(code)) {
    return new ApiError(
      'database_error',
      'The database ran out of memory for a change this large, so nothing was saved. Make the change in smaller parts (for example, delete or import fewer parties at once).',
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ApiError('constraint', `That would create a duplicate: ${String(error.message)}`);
  }
  return new ApiError('database_error', `The database reported a problem (${code}): ${String(error.message)}`);
}
