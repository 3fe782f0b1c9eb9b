// The scenarios area of the contract: saved withdrawal simulations (issue 4). The question is
// stored, the answer is computed again whenever a scenario is reopened.
import { z } from 'zod';
import { nameSchema, scenarioParamsSchema, scenarioQuestionSchema, scenarioSchema } from '../domain';
import { networkRef, versionRef } from './requestParts';

export const saveScenarioRequestSchema = z.intersection(networkRef.extend({ name: nameSchema, params: scenarioParamsSchema }), scenarioQuestionSchema);
export type SaveScenarioRequest = z.infer<typeof saveScenarioRequestSchema>;

const scenarioRef = networkRef.extend(versionRef.shape);

export const scenariosApi = {
  listScenarios: { request: networkRef, response: z.array(scenarioSchema) },
  saveScenario: { request: saveScenarioRequestSchema, response: scenarioSchema },
  renameScenario: { request: scenarioRef.extend({ name: nameSchema }), response: scenarioSchema },
  deleteScenario: { request: scenarioRef, response: z.object({ deleted: z.literal(true) }) },
} as const;
