// The names of every API method, with no dependencies, so the sandboxed preload can build its
// one-function-per-method bridge without bundling the schemas.
export const API_METHODS = [
  // Database (databaseApi.ts).
  'getAppInfo',
  'getDatabaseStatus',
  'configureDatabase',
  'retryDatabase',
  // Networks (networksApi.ts).
  'listNetworks',
  'createNetwork',
  'updateNetwork',
  'deleteNetwork',
  'getNetwork',
  'duplicateNetwork',
  'importNetworkDocument',
  'describeSampleNetwork',
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
  // Network insight: warning thresholds and dismissals (insightApi.ts).
  'getInsightSettings',
  'saveWarningThresholds',
  'dismissWarning',
  'restoreWarning',
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
  // Relationships over time: care log and trust history (historyApi.ts).
  'getNetworkHistory',
  'addCareLogEntry',
  'updateCareLogEntry',
  'deleteCareLogEntry',
  'recordTrustAssessment',
  'deleteTrustAssessment',
  // A trust survey round (surveyApi.ts).
  'writeSurveyForms',
  'checkSurveyAnswers',
  'applySurveyAnswers',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}

// The single IPC channel every request travels on in the desktop app.
export const IPC_CHANNEL = 'careweave:api';
