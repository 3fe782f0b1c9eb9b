// The care log and earlier trust assessments in the network document (issue 12): two optional
// lists beside the parties and relationships, "careLog" and "trustHistory", checked with their own
// schemas like "scenarios", so a file without them reads as before. Each trust relationship's
// current assessment is the relationship itself; "trustHistory" holds only the earlier ones.
import { z } from 'zod';
import { careLogFieldsSchema, careLogSubjectSchema, idSchema, isoDateTimeSchema, NAME_MAX_LENGTH, optionalScore, trustLevelSchema } from '../domain';
import type { CareLogEntry, TrustAssessment } from '../domain';
import { MAX_IMPORT_RELATIONSHIPS } from './limits';

export const documentCareLogEntrySchema = careLogFieldsSchema.extend({
  id: idSchema,
  about: careLogSubjectSchema,
  createdAt: isoDateTimeSchema.optional(),
});
export type DocumentCareLogEntry = z.infer<typeof documentCareLogEntrySchema>;

export const documentTrustAssessmentSchema = z.object({
  relationshipId: idSchema,
  level: trustLevelSchema,
  reliability: optionalScore('Reliability'),
  missionSupport: optionalScore('Mission support'),
  openness: optionalScore('Openness'),
  assessedOn: z.iso.date({ message: 'The assessment date must be a date like 2026-03-31.' }).nullable(),
  assessedBy: z.string().trim().max(NAME_MAX_LENGTH).default(''),
});
export type DocumentTrustAssessment = z.infer<typeof documentTrustAssessmentSchema>;

export const documentCareLogSchema = z.array(documentCareLogEntrySchema).max(MAX_IMPORT_RELATIONSHIPS).default([]);
export const documentTrustHistorySchema = z.array(documentTrustAssessmentSchema).max(MAX_IMPORT_RELATIONSHIPS).default([]);

export function careLogEntryToDocument(entry: CareLogEntry): DocumentCareLogEntry {
  return { id: entry.id, about: { ...entry.subject }, on: entry.on, kind: entry.kind, note: entry.note, owner: entry.owner, createdAt: entry.createdAt };
}

export function trustAssessmentToDocument(assessment: TrustAssessment): DocumentTrustAssessment {
  const { relationshipId, level, reliability, missionSupport, openness, assessedOn, assessedBy } = assessment;
  return { relationshipId, level, reliability, missionSupport, openness, assessedOn, assessedBy };
}

/** What a network's history holds, as the export writes it. */
export interface DocumentHistory {
  careLog: readonly DocumentCareLogEntry[];
  trustHistory: readonly DocumentTrustAssessment[];
}
