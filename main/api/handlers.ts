// The contract's implementation: each area's handlers (one file per slice of shared/api), put
// together into the one table the router dispatches on. ApiHandlers is derived from the
// contract, so a missing or mistyped handler does not compile.
import type { ApiHandlers } from '../../shared/api';
import type { EditingService } from '../services/editingService';
import type { ExchangeService } from '../services/exchangeService';
import type { HistoryService } from '../services/historyService';
import type { SurveyService } from '../services/surveyService';
import type { ImportService } from '../services/exchangeImport';
import type { InsightService } from '../services/insightService';
import type { NetworkService } from '../services/networkService';
import type { ScenarioService } from '../services/scenarioService';
import type { ViewService } from '../services/viewService';
import type { PresentationService } from '../services/presentationService';
import { createDatabaseHandlers } from './databaseHandlers';
import type { DatabaseControl } from './databaseHandlers';
import { createEditingHandlers } from './editingHandlers';
import { createExchangeHandlers } from './exchangeHandlers';
import { createHistoryHandlers } from './historyHandlers';
import { createSurveyHandlers } from './surveyHandlers';
import { createInsightHandlers } from './insightHandlers';
import { createNetworkHandlers } from './networkHandlers';
import { createScenarioHandlers } from './scenarioHandlers';
import { createViewHandlers } from './viewHandlers';
import { createPresentationHandlers } from './presentationHandlers';

export interface HandlerServices {
  appVersion: string;
  transport: 'ipc' | 'http';
  database: DatabaseControl;
  networks: NetworkService;
  editing: EditingService;
  scenarios: ScenarioService;
  views: ViewService;
  presentations: PresentationService;
  exchange: ExchangeService;
  imports: ImportService;
  history: HistoryService;
  survey: SurveyService;
  insight: InsightService;
}

export function createHandlers(services: HandlerServices): ApiHandlers {
  return {
    ...createDatabaseHandlers({ version: services.appVersion, transport: services.transport }, services.database),
    ...createNetworkHandlers(services.networks),
    ...createEditingHandlers(services.editing),
    ...createScenarioHandlers(services.scenarios),
    ...createViewHandlers(services.views),
    ...createPresentationHandlers(services.presentations),
    ...createExchangeHandlers(services.exchange, services.imports),
    ...createHistoryHandlers(services.history),
    ...createSurveyHandlers(services.survey),
    ...createInsightHandlers(services.insight),
  };
}
