// Saved withdrawal scenarios in the network document. They travel as an optional "scenarios"
// list beside the parties and relationships, so the format stays at version 1: files without
// the list still read, and older Careweave versions, whose schema drops keys it does not know,
// still open newer files (without the scenarios). Only the JSON format carries them; CSV and
// GraphML have no place for a question about the network.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, MAX_SCENARIO_WITHDRAWN, nameSchema, scenarioParamsSchema } from '../domain';
import type { Scenario } from '../domain';

export const documentScenarioSchema = z.object({
  id: idSchema,
  name: nameSchema,
  withdrawn: z.array(idSchema).min(1, 'A scenario withdraws at least one party.').max(MAX_SCENARIO_WITHDRAWN),
  params: scenarioParamsSchema,
  createdAt: isoDateTimeSchema.optional(),
});
export type DocumentScenario = z.infer<typeof documentScenarioSchema>;

export const documentScenariosSchema = z.array(documentScenarioSchema).max(10_000).default([]);

export function scenarioToDocument(scenario: Scenario): DocumentScenario {
  return { id: scenario.id, name: scenario.name, withdrawn: [...scenario.withdrawn], params: { ...scenario.params }, createdAt: scenario.createdAt };
}
