// Builds the whole back end (database manager, services, handlers, router) from a few
// host-specific pieces, so the Electron app and browser mode share every line of it.
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
import { createScenarioService } from './services/scenarioService';
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
  const database = new DatabaseManager({
    settings: createSettingsStore(join(options.userDataDir, 'settings.json')),
    secrets: options.secrets,
    startLocal: options.startLocal,
    ...(options.log ? { log: options.log } : {}),
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
    views: createViewService(context),
    presentations: createPresentationService(context),
  });
  return { router: createRouter(handlers, (error) => database.noteFailure(error)), database };
}
