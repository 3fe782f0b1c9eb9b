// Turns anything a request can throw into an ApiError, so every failure reaches the person the
// same way: one message that says what happened and what to do next.
import { ApiError } from '../../../../shared/api';

const UNEXPECTED =
  'Something unexpected went wrong. Try again; if it keeps happening, quit and reopen Careweave.';

function looksLikeApiError(value: unknown): value is ApiError {
  // instanceof fails when the error crossed a bundle boundary, so check the shape too.
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'ApiError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (looksLikeApiError(error)) return new ApiError(error.code, error.message, error.issues);
  const detail = error instanceof Error ? error.message.trim() : '';
  return new ApiError('internal', detail ? `${UNEXPECTED} (Details: ${detail})` : UNEXPECTED);
}
