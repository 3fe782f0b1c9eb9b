// Saved withdrawal simulations (DESIGN.md §3, `(:Scenario)`): request and response schemas of the
// scenario methods. They live apart from contract.ts so the contract stays a readable table.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, versionSchema } from '../domain';

// A scenario asks "what if these partners leave?"; a few dozen is already a large question. The
// cap keeps one stored list property small and refuses a runaway selection with a clear message.
export const MAX_SCENARIO_WITHDRAWN = 500;

const threshold = (what: string) =>
  z
    .number({ message: `The ${what} threshold must be a number.` })
    .gt(0, `The ${what} threshold must be above 0.`)
    .max(1, `The ${what} threshold can be at most 1.`);

// The thresholds a person can change in the app (DESIGN.md §4.3). More can be added later
// without a migration: they are stored as one JSON text (see main/repository/scenarios.ts).
export const scenarioParamsSchema = z
  .object({
    affectedThreshold: threshold('affected'),
    disruptedThreshold: threshold('disrupted'),
  })
  .refine((params) => params.affectedThreshold <= params.disruptedThreshold, {
    message: 'The affected threshold cannot be above the disrupted threshold.',
    path: ['affectedThreshold'],
  });
export type ScenarioParams = z.infer<typeof scenarioParamsSchema>;

export const scenarioWithdrawnSchema = z
  .array(idSchema, { message: 'List the withdrawn parties by id.' })
  .min(1, 'Choose at least one party that withdraws.')
  .max(MAX_SCENARIO_WITHDRAWN, `A scenario can withdraw at most ${MAX_SCENARIO_WITHDRAWN} parties at once.`)
  // The same party picked twice is the same question; keep the first mention's order.
  .transform((ids) => [...new Set(ids)]);

export const scenarioSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  name: nameSchema,
  withdrawn: z.array(idSchema),
  params: scenarioParamsSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  // Withdrawn parties that have since been deleted from the network: reopening runs without them.
  missingPartyIds: z.array(idSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;

const networkRef = z.object({ networkId: idSchema });
const scenarioRef = networkRef.extend({ id: idSchema, version: versionSchema });

export const listScenariosRequestSchema = networkRef;
export const saveScenarioRequestSchema = networkRef.extend({
  name: nameSchema,
  withdrawn: scenarioWithdrawnSchema,
  params: scenarioParamsSchema,
});
export type SaveScenarioRequest = z.infer<typeof saveScenarioRequestSchema>;
export const renameScenarioRequestSchema = scenarioRef.extend({ name: nameSchema });
export const deleteScenarioRequestSchema = scenarioRef;
