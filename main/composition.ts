// Builds the whole back end (database manager, services, handlers, router) from a few
// host-specific pieces, so the Electron app and browser mode share every line of it.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from './api/handlers';
import { createRouter } from './api/router';
import type { Router } from './api/router';
import { DatabaseManager } from './database/manager';
import type { StartLocalDatabase } from './database/manager';
import { newUuid, systemClock } from './services/context';
import type { ServiceContext } from './services/context';
import { createNetworkService } from './services/networkService';
import { createEditingService } from './services/editingService';
import { createExchangeService } from './services/exchangeService';
import type { FileDialogs } from './services/exchangeFiles';
import { createImportService } from './services/exchangeImport';
import { removeInterruptedImports } from './services/interruptedImports';
import { createScenarioService } from './services/scenarioService';
import { createHistoryService } from './services/historyService';
import { createSurveyService } from './services/surveyService';
import { createInsightService } from './services/insightService';
import { createViewService } from './services/viewService';
import { createPresentationService } from './services/presentationService';
import type { SecretStore } from './settings/secretStore';
import { createSettingsStore } from './settings/settingsStore';

export interface BackendOptions {
  appVersion: string;
  transport: 'ipc' | 'http';
  userDataDir: string;
  resourcesDir: string;
  secrets: SecretStore;
  startLocal: StartLocalDatabase;
  log?: (message: string) => void;
  /** The desktop app's save and open dialogs; browser mode has none and downloads instead. */
  fileDialogs?: FileDialogs;
}

export interface Backend {
  router: Router;
  database: DatabaseManager;
}

export function createBackend(options: BackendOptions): Backend {
  // Settings, secrets, logs and the local database live here: for this user's eyes only.
  mkdirSync(options.userDataDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(options.userDataDir, 0o700);
  const database = new DatabaseManager({
    settings: createSettingsStore(join(options.userDataDir, 'settings.json')),
    secrets: options.secrets,
    startLocal: options.startLocal,
    ...(options.log ? { log: options.log } : {}),
    onConnected: async (store, mode) => {
      const removed = await removeInterruptedImports(store, mode);
      if (removed > 0) options.log?.(`database: removed ${removed} unfinished import${removed === 1 ? '' : 's'} left by an interrupted session`);
    },
  });
  const context: ServiceContext = {
    db: database,
    now: systemClock,
    newId: newUuid,
    sampleNetworkFile: join(options.resourcesDir, 'sample', 'rural-behavioral-health.json'),
  };
  const handlers = createHandlers({
    appVersion: options.appVersion,
    transport: options.transport,
    database,
    networks: createNetworkService(context),
    editing: createEditingService(context),
    exchange: createExchangeService(context, options.fileDialogs ?? null),
    imports: createImportService(context, options.fileDialogs ?? null),
    scenarios: createScenarioService(context),
    history: createHistoryService(context),
    survey: createSurveyService(context, options.fileDialogs ?? null),
    insight: createInsightService(context),
    views: createViewService(context),
    presentations: createPresentationService(context),
  });
  return { router: createRouter(handlers, (error) => database.noteFailure(error)), database };
}
