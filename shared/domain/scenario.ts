// A saved withdrawal simulation (DESIGN.md §3, `(:Scenario)`): the question "what if these
// partners leave, these agreements end, or the agreements ending before this date are not
// renewed?" (§4.9, issue 12) with the thresholds it was asked with. The answer is never stored; it is
// computed again on the network as it is when the scenario is reopened.
import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, versionSchema } from './common';

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
  .max(MAX_SCENARIO_WITHDRAWN, `A scenario can withdraw at most ${MAX_SCENARIO_WITHDRAWN} parties at once.`)
  // The same party picked twice is the same question; keep the first mention's order.
  .transform((ids) => [...new Set(ids)]);

export const scenarioWithdrawnRelationshipsSchema = z
  .array(idSchema, { message: 'List the ended agreements by relationship id.' })
  .max(MAX_SCENARIO_WITHDRAWN, `A scenario can end at most ${MAX_SCENARIO_WITHDRAWN} agreements by name at once; use a date for more.`)
  .transform((ids) => [...new Set(ids)]);

/**
 * The question itself. `endsBefore` asks about a date: every agreement ending before it that does
 * not renew ends too, worked out again on the network as it is whenever the scenario is reopened.
 */
export const scenarioQuestionSchema = z
  .object({
    withdrawn: scenarioWithdrawnSchema.default([]),
    withdrawnRelationships: scenarioWithdrawnRelationshipsSchema.default([]),
    endsBefore: isoDateSchema('The date').nullable().default(null),
  })
  .refine((question) => question.withdrawn.length > 0 || question.withdrawnRelationships.length > 0 || question.endsBefore !== null, {
    message: 'Choose at least one party that withdraws, an agreement that ends, or a date.',
    path: ['withdrawn'],
  });
export type ScenarioQuestion = z.infer<typeof scenarioQuestionSchema>;

export const scenarioSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  name: nameSchema,
  withdrawn: z.array(idSchema),
  withdrawnRelationships: z.array(idSchema),
  endsBefore: z.iso.date().nullable(),
  params: scenarioParamsSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  // Withdrawn parties that have since been deleted from the network: reopening runs without them.
  missingPartyIds: z.array(idSchema),
  // Their names as the scenario kept them when it was saved, in the same order ('' for a party
  // deleted before scenarios kept names), so the app can say who they were.
  missingPartyNames: z.array(z.string()).default([]),
  // Ended agreements that have since been deleted: reopening runs without them.
  missingRelationshipIds: z.array(idSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;
