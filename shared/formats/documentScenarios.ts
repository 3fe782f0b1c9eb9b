// Saved withdrawal scenarios in the network document. They travel as an optional "scenarios"
// list beside the parties and relationships, so the format stays at version 1: files without
// the list still read, and older Careweave versions, whose schema drops keys it does not know,
// still open newer files (without the scenarios). Only the JSON format carries them; CSV and
// GraphML have no place for a question about the network.
import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, MAX_SCENARIO_WITHDRAWN, nameSchema, scenarioParamsSchema } from '../domain';
import type { Scenario } from '../domain';

// Ended agreements and a date came with issue 12; files written before have neither.
export const documentScenarioSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    withdrawn: z.array(idSchema).max(MAX_SCENARIO_WITHDRAWN).default([]),
    withdrawnRelationships: z.array(idSchema).max(MAX_SCENARIO_WITHDRAWN).default([]),
    endsBefore: isoDateSchema('The date').nullable().default(null),
    params: scenarioParamsSchema,
    createdAt: isoDateTimeSchema.optional(),
  })
  .refine((scenario) => scenario.withdrawn.length > 0 || scenario.withdrawnRelationships.length > 0 || scenario.endsBefore !== null, {
    message: 'A scenario withdraws at least one party, ends an agreement or asks about a date.',
    path: ['withdrawn'],
  });
export type DocumentScenario = z.infer<typeof documentScenarioSchema>;

export const documentScenariosSchema = z.array(documentScenarioSchema).max(10_000).default([]);

export function scenarioToDocument(scenario: Scenario): DocumentScenario {
  return {
    id: scenario.id,
    name: scenario.name,
    withdrawn: [...scenario.withdrawn],
    withdrawnRelationships: [...scenario.withdrawnRelationships],
    endsBefore: scenario.endsBefore,
    params: { ...scenario.params },
    createdAt: scenario.createdAt,
  };
}
