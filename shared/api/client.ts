// Builds the typed API object over any transport that returns envelopes (IPC or HTTP).
import { ApiError } from './errors';
import type { ApiEnvelope } from './errors';
import type { CareweaveApi } from './contract';
import { API_METHODS } from './methods';
import type { ApiMethod } from './methods';

export type ApiTransport = (method: ApiMethod, request: unknown) => Promise<ApiEnvelope<unknown>>;

export function createApiClient(transport: ApiTransport): CareweaveApi {
  const entries = API_METHODS.map((method) => [
    method,
    async (request: unknown) => {
      const envelope = await transport(method, request ?? {});
      if (!envelope.ok) throw ApiError.fromBody(envelope.error);
      return envelope.data;
    },
  ]);
  // The entries are built from API_METHODS, so every key of CareweaveApi is present.
  return Object.fromEntries(entries) as CareweaveApi;
}
