// The names of every API method, with no dependencies, so the sandboxed preload can build its
// one-function-per-method bridge without bundling the schemas.
export const API_METHODS = [
  'getAppInfo',
  'getDatabaseStatus',
  'configureDatabase',
  'retryDatabase',
  'listNetworks',
  'createNetwork',
  'updateNetwork',
  'deleteNetwork',
  'getNetwork',
  'importNetworkDocument',
  'loadSampleNetwork',
  'createParty',
  'updateParty',
  'deleteParty',
  'createRelationship',
  'updateRelationship',
  'deleteRelationship',
  // The map editor's batch methods.
  'restoreElements',
  'deleteElements',
  'updateParties',
  'updateRelationships',
  'savePositions',
  'duplicateNetwork',
  // Export and import (issue 5).
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
  // Saved withdrawal simulations (issue 4).
  'listScenarios',
  'saveScenario',
  'renameScenario',
  'deleteScenario',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}

// The single IPC channel every request travels on in the desktop app.
export const IPC_CHANNEL = 'careweave:api';
