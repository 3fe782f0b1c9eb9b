// The names of every API method, with no dependencies, so the sandboxed preload can build its
// one-function-per-method bridge without bundling the schemas.
export const API_METHODS = [
  // Database (databaseApi.ts).
  'getAppInfo',
  'getDatabaseStatus',
  'configureDatabase',
  // Networks (networksApi.ts).
  'listNetworks',
  'createNetwork',
  'updateNetwork',
  'deleteNetwork',
  'getNetwork',
  'duplicateNetwork',
  'importNetworkDocument',
  'loadSampleNetwork',
  // Editing (editingApi.ts).
  'createParty',
  'createRelationship',
  'restoreElements',
  'deleteElements',
  'updateParties',
  'updateRelationships',
  'savePositions',
  // Saved withdrawal simulations (scenariosApi.ts).
  'listScenarios',
  'saveScenario',
  'renameScenario',
  'deleteScenario',
  // Saved views (viewsApi.ts).
  'listViews',
  'saveView',
  'updateView',
  'deleteView',
  // Presentations (presentationsApi.ts).
  'listPresentations',
  'savePresentation',
  'updatePresentation',
  'deletePresentation',
  // Export and import (exchangeApi.ts).
  'exportNetworkData',
  'getImportTemplate',
  'saveFile',
  'beginImport',
  'appendImportChunk',
  'openImportFiles',
  'analyzeImport',
  'getImportJob',
  'commitImport',
  'cancelImport',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}

// The single IPC channel every request travels on in the desktop app.
export const IPC_CHANNEL = 'careweave:api';
