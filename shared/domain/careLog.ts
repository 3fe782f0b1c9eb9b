// The care log (issue 12): dated touchpoints on a party or a relationship — a meeting, a call,
// feedback, a survey, an escalation, an agreement signed — with a note and the staff member who
// owns the relationship. Trust is earned meeting by meeting; the log is where those meetings are.
import { z } from 'zod';
import { NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from './constants';
import { idSchema, isoDateSchema, isoDateTimeSchema, versionSchema } from './common';

export const TOUCHPOINT_KINDS = ['meeting', 'call', 'feedback', 'survey', 'escalation', 'agreement-signed'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const TOUCHPOINT_LABELS: Record<TouchpointKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  feedback: 'Feedback',
  survey: 'Survey',
  escalation: 'Escalation',
  'agreement-signed': 'Agreement signed',
};

export const CARE_LOG_SUBJECTS = ['party', 'relationship'] as const;
export type CareLogSubjectKind = (typeof CARE_LOG_SUBJECTS)[number];

/** What an entry is about: one party, or one relationship. */
export const careLogSubjectSchema = z.object({
  kind: z.enum(CARE_LOG_SUBJECTS, { message: 'A care log entry is about a party or a relationship.' }),
  id: idSchema,
});
export type CareLogSubject = z.infer<typeof careLogSubjectSchema>;

export const careLogFieldsSchema = z.object({
  on: isoDateSchema('The date'),
  kind: z.enum(TOUCHPOINT_KINDS, { message: `The kind of touchpoint must be one of: ${TOUCHPOINT_KINDS.join(', ')}.` }),
  note: z.string().max(TEXT_MAX_LENGTH).default(''),
  /** The staff member who owns the relationship. */
  owner: z.string().trim().max(NAME_MAX_LENGTH).default(''),
});
export type CareLogFields = z.infer<typeof careLogFieldsSchema>;
export type CareLogFieldsInput = z.input<typeof careLogFieldsSchema>;

export const careLogEntrySchema = careLogFieldsSchema.extend({
  id: idSchema,
  networkId: idSchema,
  subject: careLogSubjectSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type CareLogEntry = z.infer<typeof careLogEntrySchema>;
