// The relationships-over-time area of the contract (issue 12): the care log's touchpoints and the
// trust history of a network, read together when a map opens and changed one entry at a time.
import { z } from 'zod';
import {
  careLogEntrySchema,
  careLogFieldsSchema,
  careLogSubjectSchema,
  idSchema,
  relationshipSchema,
  trustAssessmentFieldsSchema,
  trustAssessmentSchema,
} from '../domain';
import { networkRef, versionRef } from './requestParts';

export const networkHistorySchema = z.object({
  careLog: z.array(careLogEntrySchema),
  /** Earlier assessments; each trust relationship holds its current one itself. */
  trustAssessments: z.array(trustAssessmentSchema),
});
export type NetworkHistory = z.infer<typeof networkHistorySchema>;

const entryRef = networkRef.extend(versionRef.shape);

export const historyApi = {
  getNetworkHistory: { request: networkRef, response: networkHistorySchema },
  addCareLogEntry: { request: networkRef.extend({ subject: careLogSubjectSchema, fields: careLogFieldsSchema }), response: careLogEntrySchema },
  updateCareLogEntry: { request: entryRef.extend({ fields: careLogFieldsSchema }), response: careLogEntrySchema },
  deleteCareLogEntry: { request: entryRef, response: z.object({ deleted: z.literal(true) }) },
  recordTrustAssessment: {
    request: networkRef.extend({ relationshipId: idSchema, version: versionRef.shape.version, fields: trustAssessmentFieldsSchema }),
    response: z.object({ relationship: relationshipSchema.nullable(), earlier: z.array(trustAssessmentSchema) }),
  },
  deleteTrustAssessment: { request: networkRef.extend({ id: z.string().min(1).max(220) }), response: z.object({ deleted: z.literal(true) }) },
} as const;
