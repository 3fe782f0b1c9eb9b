// The one entry point both transports call: checks the method name, validates the request
// with the contract's schema, runs the handler and always answers with an envelope. Nothing
// reaches a service unvalidated, and no exception escapes as a transport error.
import { apiContract, ApiError, invalidRequest, isApiMethod } from '../../shared/api';
import type { ApiEnvelope } from '../../shared/api';
import { toApiError } from '../database/neo4jErrors';
import type { ApiHandlers } from '../../shared/api';

export interface Router {
  dispatch(method: unknown, request: unknown): Promise<ApiEnvelope<unknown>>;
}

export function createRouter(handlers: ApiHandlers, onFailure?: (error: unknown) => void): Router {
  return {
    async dispatch(method, request) {
      if (!isApiMethod(method)) {
        return { ok: false, error: new ApiError('invalid_request', `Unknown request "${String(method)}".`).toBody() };
      }
      const parsed = apiContract[method].request.safeParse(request);
      if (!parsed.success) return { ok: false, error: invalidRequest(parsed.error).toBody() };
      try {
        // The schema and the handler are looked up by the same method name, so their types match.
        const handler = handlers[method] as (input: unknown) => Promise<unknown>;
        return { ok: true, data: await handler(parsed.data) };
      } catch (error) {
        onFailure?.(error);
        return { ok: false, error: toApiError(error).toBody() };
      }
    },
  };
}
