// A saved withdrawal simulation (DESIGN.md §3, `(:Scenario)`): the question "what if these
// partners leave?" with the thresholds it was asked with. The answer is never stored; it is
// computed again on the network as it is when the scenario is reopened.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, versionSchema } from './common';

// A scenario asks "what if these partners leave?"; a few dozen is already a large question. The
// cap keeps one stored list property small and refuses a runaway selection with a clear message.
export const MAX_SCENARIO_WITHDRAWN = 500;

const threshold = (what: string) =>
  z
    .number({ message: `The ${what} threshold must be a number.` })
    .gt(0, `The ${what} threshold must be above 0.`)
    .max(1, `The ${what} threshold can be at most 1.`);

// The thresholds a person can change in the app (DESIGN.md §4.4). More can be added later
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
  // Their names as the scenario kept them when it was saved, in the same order ('' for a party
  // deleted before scenarios kept names), so the app can say who they were.
  missingPartyNames: z.array(z.string()).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;
