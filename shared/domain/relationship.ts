// The three directed relationship kinds of DESIGN.md §3. Each kind's fields are a separate
// schema; `relationshipFieldsSchema` is their union, discriminated by `kind`.
import { z } from 'zod';
import { RESOURCE_KINDS, SUBSTITUTABILITY, TEXT_MAX_LENGTH } from './constants';
import { idSchema, isoDateSchema, isoDateTimeSchema, scoreSchema, versionSchema } from './common';

const notesSchema = z.string().max(TEXT_MAX_LENGTH).default('');

// An agreement's term (issue 12): reliance and resource flows may start and end on a day, and may
// renew by themselves when they end. No dates means "in effect, with no known end".
export const agreementTermSchema = z.object({
  startsOn: isoDateSchema('The start date').nullable().default(null),
  endsOn: isoDateSchema('The end date').nullable().default(null),
  renews: z.boolean({ message: 'Renews must be yes or no.' }).default(false),
});
export type AgreementTerm = z.infer<typeof agreementTermSchema>;

export const reliesOnFieldsSchema = z.object({
  kind: z.literal('RELIES_ON'),
  service: z.string().trim().min(1, 'Say which service is relied on, for example "discharge placement".').max(200),
  criticality: scoreSchema('Criticality').default(3),
  substitutability: z
    .enum(SUBSTITUTABILITY, { message: 'Substitutability must be "none", "limited" or "ready".' })
    .default('none'),
  ...agreementTermSchema.shape,
  notes: notesSchema,
});

export const resourceFlowFieldsSchema = z.object({
  kind: z.literal('RESOURCE_FLOW'),
  resource: z.enum(RESOURCE_KINDS, { message: `Resource must be one of: ${RESOURCE_KINDS.join(', ')}.` }),
  // null means "unknown amount"; the impact model then counts equal shares (DESIGN.md §4.1).
  amount: z.number().finite().nonnegative('An amount cannot be negative.').nullable().default(null),
  unit: z.string().trim().max(50).default(''),
  period: z.string().trim().max(50).default(''),
  ...agreementTermSchema.shape,
  notes: notesSchema,
});

/** A sub-score that may be left out; shared by trust ratings, their history and survey answers. */
export const optionalScore = (what: string) => scoreSchema(what).nullable().default(null);

/** A trust level: a number from 1 to 5, the mean of sub-scores being allowed. */
export const trustLevelSchema = z
  .number({ message: 'Trust level must be a number from 1 to 5.' })
  .min(1, 'Trust level must be from 1 to 5.')
  .max(5, 'Trust level must be from 1 to 5.');

export const trustFieldsBaseSchema = z.object({
  kind: z.literal('TRUSTS'),
  level: trustLevelSchema.optional(),
  reliability: optionalScore('Reliability'),
  missionSupport: optionalScore('Mission support'),
  openness: optionalScore('Openness'),
  assessedAt: z.iso.date({ message: 'Assessed date must look like 2026-03-31.' }).nullable().default(null),
  // Who made the assessment: a person, or the partner that answered a survey round.
  assessedBy: z.string().trim().max(200).default(''),
  notes: notesSchema,
});

// When sub-scores are given and no level, the level is their mean (partnership-survey practice).
export const trustFieldsSchema = trustFieldsBaseSchema.transform((fields, ctx) => {
  const level = fields.level ?? meanTrustScore(fields);
  if (level === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['level'],
      message: 'Give a trust level from 1 to 5, or at least one of reliability, mission support and openness.',
    });
    return z.NEVER;
  }
  return { ...fields, level };
});

export function meanTrustScore(scores: {
  reliability: number | null;
  missionSupport: number | null;
  openness: number | null;
}): number | null {
  const given = [scores.reliability, scores.missionSupport, scores.openness].filter(
    (value): value is number => value !== null,
  );
  if (given.length === 0) return null;
  const mean = given.reduce((sum, value) => sum + value, 0) / given.length;
  return Math.round(mean * 100) / 100;
}

export const relationshipFieldsSchema = z
  .discriminatedUnion('kind', [reliesOnFieldsSchema, resourceFlowFieldsSchema, trustFieldsSchema])
  .superRefine((fields, ctx) => {
    if (fields.kind !== 'TRUSTS' && fields.startsOn !== null && fields.endsOn !== null && fields.endsOn < fields.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `The agreement cannot end (${fields.endsOn}) before it starts (${fields.startsOn}).` });
    }
  });
export type RelationshipFields = z.infer<typeof relationshipFieldsSchema>;
export type RelationshipFieldsInput = z.input<typeof relationshipFieldsSchema>;
export type ReliesOnFields = z.infer<typeof reliesOnFieldsSchema>;
export type ResourceFlowFields = z.infer<typeof resourceFlowFieldsSchema>;
export type TrustFields = z.infer<typeof trustFieldsSchema>;

export const relationshipEndsSchema = z.object({ source: idSchema, target: idSchema });

const storedMetaSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

// A stored relationship, as the repository returns it. The output schemas are plain objects
// (no transforms), so the stored trust level is always present.
export const relationshipSchema = z.discriminatedUnion('kind', [
  reliesOnFieldsSchema.extend(relationshipEndsSchema.shape).extend(storedMetaSchema.shape),
  resourceFlowFieldsSchema.extend(relationshipEndsSchema.shape).extend(storedMetaSchema.shape),
  trustFieldsBaseSchema
    .extend({ level: z.number().min(1).max(5) })
    .extend(relationshipEndsSchema.shape)
    .extend(storedMetaSchema.shape),
]);
export type Relationship = z.infer<typeof relationshipSchema>;

export function isSelfLoop(ends: { source: string; target: string }): boolean {
  return ends.source === ends.target;
}

export const SELF_LOOP_MESSAGE =
  'A relationship must connect two different parties: a party cannot rely on, supply or trust itself.';
