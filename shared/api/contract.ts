// The API contract: every method with its request and response schema, declared once, one slice
// per area. Main implements it as a table of handlers keyed by method name (each area's in
// main/api/<area>Handlers.ts), the desktop app carries it over IPC and browser mode over
// loopback HTTP.
import type { z } from 'zod';
import { databaseApi } from './databaseApi';
import { editingApi } from './editingApi';
import { exchangeApi } from './exchangeApi';
import { historyApi } from './historyApi';
import { surveyApi } from './surveyApi';
import { insightApi } from './insightApi';
import type { ApiMethod } from './methods';
import { networksApi } from './networksApi';
import { scenariosApi } from './scenariosApi';
import { viewsApi } from './viewsApi';
import { presentationsApi } from './presentationsApi';

type MethodSchemas = { request: z.ZodType; response: z.ZodType };

export const apiContract = {
  ...databaseApi,
  ...networksApi,
  ...editingApi,
  ...scenariosApi,
  ...viewsApi,
  ...presentationsApi,
  ...exchangeApi,
  ...historyApi,
  ...surveyApi,
  ...insightApi,
} as const satisfies Record<ApiMethod, MethodSchemas>;

// A method in a slice that API_METHODS does not list would travel nowhere; refuse to compile.
const listedOnly: Record<Exclude<keyof typeof apiContract, ApiMethod>, never> = {};
void listedOnly;

export type ApiContract = typeof apiContract;
export type ApiRequest<M extends ApiMethod> = z.input<ApiContract[M]['request']>;
export type ApiParsedRequest<M extends ApiMethod> = z.output<ApiContract[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.output<ApiContract[M]['response']>;

// The typed API object the renderer uses: one async function per method. Methods whose
// request is empty can be called without an argument.
export type CareweaveApi = {
  [M in ApiMethod]: Record<string, never> extends ApiRequest<M>
    ? (request?: ApiRequest<M>) => Promise<ApiResponse<M>>
    : (request: ApiRequest<M>) => Promise<ApiResponse<M>>;
};

// What main implements: a handler per method that receives the request already parsed, so a
// missing or mistyped handler does not compile. HandlersOf is one area's part of the table.
export type ApiHandler<M extends ApiMethod> = (request: ApiParsedRequest<M>) => Promise<ApiResponse<M>>;
export type ApiHandlers = { [M in ApiMethod]: ApiHandler<M> };
export type HandlersOf<Slice> = { [M in keyof Slice & ApiMethod]: ApiHandler<M> };
