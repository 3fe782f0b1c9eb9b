// The scenarios area of the contract: saved withdrawal simulations (issue 4). The question is
// stored, the answer is computed again whenever a scenario is reopened.
import { z } from 'zod';
import { nameSchema, scenarioParamsSchema, scenarioSchema, scenarioWithdrawnSchema } from '../domain';
import { networkRef, versionRef } from './requestParts';

export const saveScenarioRequestSchema = networkRef.extend({
  name: nameSchema,
  withdrawn: scenarioWithdrawnSchema,
  params: scenarioParamsSchema,
});
export type SaveScenarioRequest = z.infer<typeof saveScenarioRequestSchema>;

const scenarioRef = networkRef.extend(versionRef.shape);

export const scenariosApi = {
  listScenarios: { request: networkRef, response: z.array(scenarioSchema) },
  saveScenario: { request: saveScenarioRequestSchema, response: scenarioSchema },
  renameScenario: { request: scenarioRef.extend({ name: nameSchema }), response: scenarioSchema },
  deleteScenario: { request: scenarioRef, response: z.object({ deleted: z.literal(true) }) },
} as const;
