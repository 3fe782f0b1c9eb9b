// The contract's implementation: one thin handler per method, keyed by method name, so a
// missing or mistyped handler does not compile. Handlers only call services.
import type { ApiParsedRequest, ApiResponse, DatabaseConfig, DatabaseStatus } from '../../shared/api';
import type { ApiMethod } from '../../shared/api';
import type { NetworkService } from '../services/networkService';
import type { PartyService } from '../services/partyService';
import type { RelationshipService } from '../services/relationshipService';
import type { DuplicateNetworkService } from '../services/duplicateNetworkService';
import type { EditingService } from '../services/editingService';
import type { ExchangeService } from '../services/exchangeService';
import type { ImportService } from '../services/exchangeImport';
import { createExchangeHandlers } from './exchangeHandlers';
import type { ScenarioService } from '../services/scenarioService';

export type ApiHandlers = { [M in ApiMethod]: (request: ApiParsedRequest<M>) => Promise<ApiResponse<M>> };

export interface HandlerServices {
  appVersion: string;
  transport: 'ipc' | 'http';
  database: {
    status(): Promise<DatabaseStatus>;
    configure(config: DatabaseConfig): Promise<DatabaseStatus>;
    retry(): Promise<DatabaseStatus>;
  };
  networks: NetworkService;
  parties: PartyService;
  relationships: RelationshipService;
  editing: EditingService;
  duplication: DuplicateNetworkService;
  exchange: ExchangeService;
  imports: ImportService;
  scenarios: ScenarioService;
}

export function createHandlers(services: HandlerServices): ApiHandlers {
  const { networks, parties, relationships } = services;
  return {
    getAppInfo: async () => ({ version: services.appVersion, transport: services.transport }),
    getDatabaseStatus: () => services.database.status(),
    configureDatabase: (config) => services.database.configure(config),
    retryDatabase: () => services.database.retry(),

    listNetworks: () => networks.list(),
    createNetwork: (fields) => networks.create(fields),
    updateNetwork: ({ id, ...fields }) => networks.update(id, fields),
    deleteNetwork: async ({ id }) => {
      await networks.delete(id);
      return { deleted: true as const };
    },
    getNetwork: ({ id }) => networks.get(id),
    importNetworkDocument: ({ document, name }) => networks.importDocument(document, name),
    loadSampleNetwork: () => networks.loadSample(),

    createParty: ({ networkId, fields }) => parties.create(networkId, fields),
    updateParty: ({ networkId, id, version, fields }) => parties.update(networkId, id, version, fields),
    deleteParty: async ({ networkId, id, version }) => ({ deletedRelationships: await parties.delete(networkId, id, version) }),

    createRelationship: ({ networkId, source, target, fields }) => relationships.create(networkId, { source, target }, fields),
    updateRelationship: ({ networkId, id, version, fields }) => relationships.update(networkId, id, version, fields),
    deleteRelationship: async ({ networkId, id, version }) => {
      await relationships.delete(networkId, id, version);
      return { deleted: true as const };
    },

    // The map editor's batch methods.
    restoreElements: ({ networkId, parties, relationships }) => services.editing.restore(networkId, parties, relationships),
    deleteElements: ({ networkId, parties, relationships }) => services.editing.delete(networkId, parties, relationships),
    updateParties: ({ networkId, parties }) => services.editing.updateParties(networkId, parties),
    updateRelationships: ({ networkId, relationships }) => services.editing.updateRelationships(networkId, relationships),
    savePositions: async ({ networkId, positions }) => ({ saved: await services.editing.savePositions(networkId, positions) }),
    duplicateNetwork: ({ id, name }) => services.duplication.duplicate(id, name),

    // Export and import.
    ...createExchangeHandlers(services.exchange, services.imports),

    // Saved withdrawal simulations.
    listScenarios: ({ networkId }) => services.scenarios.list(networkId),
    saveScenario: (request) => services.scenarios.save(request),
    renameScenario: ({ networkId, id, version, name }) => services.scenarios.rename(networkId, id, version, name),
    deleteScenario: async ({ networkId, id, version }) => {
      await services.scenarios.delete(networkId, id, version);
      return { deleted: true as const };
    },
  };
}
