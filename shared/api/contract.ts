// The API contract: every method with its request and response schema, declared once. Main
// implements it as a handler table keyed by method name (see main/api/handlers.ts), the
// desktop app carries it over IPC and browser mode over loopback HTTP.
import { z } from 'zod';
import {
  idSchema,
  networkDocumentSchema,
  networkFieldsSchema,
  networkGraphSchema,
  networkSchema,
  networkSummarySchema,
  partyFieldsSchema,
  partySchema,
  relationshipEndsSchema,
  relationshipFieldsSchema,
  relationshipSchema,
  versionSchema,
} from '../domain';
import type { ApiMethod } from './methods';
import {
  deleteElementsRequestSchema,
  duplicateNetworkRequestSchema,
  elementsResponseSchema,
  restoreElementsRequestSchema,
  savePositionsRequestSchema,
  updatePartiesRequestSchema,
  updateRelationshipsRequestSchema,
} from './editorSchemas';
import {
  appendImportChunkRequestSchema,
  beginImportRequestSchema,
  commitImportRequestSchema,
  deliveryResultSchema,
  exportNetworkDataRequestSchema,
  getImportTemplateRequestSchema,
  importJobRefSchema,
  importJobSchema,
  openImportFilesRequestSchema,
  saveFileRequestSchema,
  saveFileResponseSchema,
} from '../formats/exchangeSchemas';
import {
  deleteScenarioRequestSchema,
  listScenariosRequestSchema,
  renameScenarioRequestSchema,
  saveScenarioRequestSchema,
  scenarioSchema,
} from './scenarioSchemas';

const empty = z.object({}).strict();

export const DATABASE_MODES = ['local', 'server'] as const;
export const DATABASE_STATES = ['starting', 'connected', 'unavailable', 'error'] as const;

export const databaseStatusSchema = z.object({
  mode: z.enum(DATABASE_MODES),
  state: z.enum(DATABASE_STATES),
  // Where the data lives, for the status bar: "Local database (Neo4j 5.26.30)" or the URL.
  url: z.string().nullable(),
  user: z.string().nullable(),
  serverVersion: z.string().nullable(),
  message: z.string().nullable(),
});
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

/** `bolt://user:secret@host` carries credentials: never stored or shown. */
export function hasCredentials(url: string): boolean {
  return /^[a-z0-9+]+:\/\/[^/?#]*@/i.test(url.trim());
}

export const NEO4J_URL_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export const serverConfigSchema = z.object({
  mode: z.literal('server'),
  url: z
    .string()
    .trim()
    .refine((url) => {
      const scheme = /^([a-z0-9+]+):\/\//.exec(url)?.[1];
      return scheme !== undefined && (NEO4J_URL_SCHEMES as readonly string[]).includes(scheme);
    }, 'The address must start with bolt://, neo4j:// or neo4j+s:// (for example neo4j+s://xxxx.databases.neo4j.io).')
    // The address is saved in plain settings and shown in the status bar; a password belongs in its own field.
    .refine((url) => !hasCredentials(url), 'Put the user name and password in their own fields, not in the address (remove the part before "@").'),
  user: z.string().trim().min(1, 'Enter the database user name (often "neo4j").'),
  password: z.string().min(1, 'Enter the database password.'),
  database: z.string().trim().min(1).optional(),
});
export const databaseConfigSchema = z.discriminatedUnion('mode', [z.object({ mode: z.literal('local') }), serverConfigSchema]);
export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

const networkRef = z.object({ networkId: idSchema });
const versioned = { id: idSchema, version: versionSchema };

export const apiContract = {
  getAppInfo: {
    request: empty,
    response: z.object({ version: z.string(), transport: z.enum(['ipc', 'http']) }),
  },
  getDatabaseStatus: { request: empty, response: databaseStatusSchema },
  configureDatabase: { request: databaseConfigSchema, response: databaseStatusSchema },
  // The status bar's “Try again” once the app has stopped retrying on its own.
  retryDatabase: { request: empty, response: databaseStatusSchema },

  listNetworks: { request: empty, response: z.array(networkSummarySchema) },
  createNetwork: { request: networkFieldsSchema, response: networkSchema },
  updateNetwork: { request: networkFieldsSchema.extend({ id: idSchema }), response: networkSchema },
  deleteNetwork: { request: z.object({ id: idSchema }), response: z.object({ deleted: z.literal(true) }) },
  getNetwork: { request: z.object({ id: idSchema }), response: networkGraphSchema },
  importNetworkDocument: {
    request: z.object({ document: networkDocumentSchema, name: z.string().trim().min(1).max(200).optional() }),
    response: networkSchema,
  },
  loadSampleNetwork: { request: empty, response: networkSchema },

  createParty: { request: networkRef.extend({ fields: partyFieldsSchema }), response: partySchema },
  updateParty: { request: networkRef.extend({ ...versioned, fields: partyFieldsSchema }), response: partySchema },
  deleteParty: {
    request: networkRef.extend(versioned),
    response: z.object({ deletedRelationships: z.number().int().nonnegative() }),
  },

  createRelationship: {
    request: networkRef.extend(relationshipEndsSchema.shape).extend({ fields: relationshipFieldsSchema }),
    response: relationshipSchema,
  },
  updateRelationship: {
    request: networkRef.extend({ ...versioned, fields: relationshipFieldsSchema }),
    response: relationshipSchema,
  },
  deleteRelationship: { request: networkRef.extend(versioned), response: z.object({ deleted: z.literal(true) }) },

  // The map editor's batch methods: undo/redo, bulk edits, saved positions, duplicating.
  restoreElements: { request: restoreElementsRequestSchema, response: elementsResponseSchema },
  deleteElements: { request: deleteElementsRequestSchema, response: elementsResponseSchema },
  updateParties: { request: updatePartiesRequestSchema, response: z.array(partySchema) },
  updateRelationships: { request: updateRelationshipsRequestSchema, response: z.array(relationshipSchema) },
  savePositions: { request: savePositionsRequestSchema, response: z.object({ saved: z.number().int().nonnegative() }) },
  duplicateNetwork: { request: duplicateNetworkRequestSchema, response: networkSchema },

  // Export and import (issue 5). Files reach the person through a save dialog opened by main
  // (desktop) or as downloads (browser mode); imports are jobs the page polls.
  exportNetworkData: { request: exportNetworkDataRequestSchema, response: deliveryResultSchema },
  getImportTemplate: { request: getImportTemplateRequestSchema, response: deliveryResultSchema },
  saveFile: { request: saveFileRequestSchema, response: saveFileResponseSchema },
  beginImport: { request: beginImportRequestSchema, response: importJobSchema },
  appendImportChunk: { request: appendImportChunkRequestSchema, response: importJobSchema },
  openImportFiles: { request: openImportFilesRequestSchema, response: importJobSchema.nullable() },
  analyzeImport: { request: importJobRefSchema, response: importJobSchema },
  getImportJob: { request: importJobRefSchema, response: importJobSchema },
  commitImport: { request: commitImportRequestSchema, response: importJobSchema },
  cancelImport: { request: importJobRefSchema, response: importJobSchema },

  // Saved withdrawal simulations (issue 4): the question is stored, the answer is re-computed.
  listScenarios: { request: listScenariosRequestSchema, response: z.array(scenarioSchema) },
  saveScenario: { request: saveScenarioRequestSchema, response: scenarioSchema },
  renameScenario: { request: renameScenarioRequestSchema, response: scenarioSchema },
  deleteScenario: { request: deleteScenarioRequestSchema, response: z.object({ deleted: z.literal(true) }) },
} as const satisfies Record<ApiMethod, { request: z.ZodType; response: z.ZodType }>;

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
