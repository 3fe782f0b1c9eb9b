// Saved withdrawal simulations: list, save, rename, delete. The simulation itself runs in the
// renderer (a worker holding the compiled network), so a scenario stores only the question —
// which parties withdraw, which agreements end, up to which date, with which thresholds — and
// reopening re-runs it on the network as it is now.
import type { SaveScenarioRequest } from '../../shared/api';
import type { Scenario } from '../../shared/domain';
import * as scenarios from '../repository/scenarios';
import type { ServiceContext } from './context';

export function createScenarioService(ctx: ServiceContext) {
  return {
    list(networkId: string): Promise<Scenario[]> {
      return scenarios.listScenarios(ctx.db.store(), networkId);
    },
    save({ networkId, name, withdrawn, withdrawnRelationships, endsBefore, params }: SaveScenarioRequest): Promise<Scenario> {
      return scenarios.createScenario(ctx.db.store(), { id: ctx.newId(), networkId, name, withdrawn, withdrawnRelationships, endsBefore, params }, ctx.now());
    },
    rename(networkId: string, id: string, version: number, name: string): Promise<Scenario> {
      return scenarios.renameScenario(ctx.db.store(), networkId, id, version, name, ctx.now());
    },
    delete(networkId: string, id: string, version: number): Promise<void> {
      return scenarios.deleteScenario(ctx.db.store(), networkId, id, version);
    },
  };
}
export type ScenarioService = ReturnType<typeof createScenarioService>;
