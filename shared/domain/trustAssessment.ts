// Trust history (issue 12): every assessment of a TRUSTS relationship is kept. The relationship
// itself holds the current one (its level, sub-scores, assessedAt and assessedBy); each earlier
// one is a TrustAssessment. Together they are the relationship's history, and the latest by date
// is what counts (DESIGN.md §4 reads the relationship's level). What was said alongside an
// assessment (a survey's comments) goes into the care log, where every touchpoint is.
import { z } from 'zod';
import { NAME_MAX_LENGTH } from './constants';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { meanTrustScore, optionalScore, trustLevelSchema } from './relationship';

// What a person or a survey answer records; the level is the sub-scores' mean when left out.
export const trustAssessmentFieldsSchema = z
  .object({
    level: trustLevelSchema.optional(),
    reliability: optionalScore('Reliability'),
    missionSupport: optionalScore('Mission support'),
    openness: optionalScore('Openness'),
    assessedOn: isoDateSchema('The assessment date'),
    assessedBy: z.string().trim().max(NAME_MAX_LENGTH).default(''),
  })
  .transform((fields, ctx) => {
    const level = fields.level ?? meanTrustScore(fields);
    if (level === null) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'Give a trust level from 1 to 5, or at least one of reliability, mission support and openness.' });
      return z.NEVER;
    }
    return { ...fields, level };
  });
export type TrustAssessmentFields = z.output<typeof trustAssessmentFieldsSchema>;
export type TrustAssessmentFieldsInput = z.input<typeof trustAssessmentFieldsSchema>;

/** An earlier assessment, as stored: `(:TrustAssessment)`, its truster and the trusted party. */
export const trustAssessmentSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  relationshipId: idSchema,
  source: idSchema,
  target: idSchema,
  level: z.number().min(1).max(5),
  reliability: z.number().int().min(1).max(5).nullable(),
  missionSupport: z.number().int().min(1).max(5).nullable(),
  openness: z.number().int().min(1).max(5).nullable(),
  /** null for an assessment whose date nobody recorded. */
  assessedOn: z.iso.date().nullable(),
  assessedBy: z.string(),
  recordedAt: isoDateTimeSchema,
});
export type TrustAssessment = z.infer<typeof trustAssessmentSchema>;
