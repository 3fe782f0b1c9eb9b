// The saved-scenario area of the handler table.
import type { HandlersOf, scenariosApi } from '../../shared/api';
import type { ScenarioService } from '../services/scenarioService';

export function createScenarioHandlers(scenarios: ScenarioService): HandlersOf<typeof scenariosApi> {
  return {
    listScenarios: ({ networkId }) => scenarios.list(networkId),
    saveScenario: (request) => scenarios.save(request),
    renameScenario: ({ networkId, id, version, name }) => scenarios.rename(networkId, id, version, name),
    deleteScenario: async ({ networkId, id, version }) => {
      await scenarios.delete(networkId, id, version);
      return { deleted: true as const };
    },
  };
}
