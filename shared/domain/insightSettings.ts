// A network's insight settings, stored beside it in Neo4j: the thresholds its warnings fire at,
// and the warnings a person dismissed, each with a note (issue 11). A dismissal names the warning
// by its key, which depends only on the parties and relationships it is about, so it stays
// dismissed as thresholds move and the network around it changes.
import { z } from 'zod';
import { isoDateTimeSchema } from './common';

export const WARNING_KINDS = [
  'heavy-reliance-low-trust',
  'one-sided-trust',
  'competing-interests',
  'no-redundancy',
  'no-relationships',
  'stale-trust',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

const score = (what: string) =>
  z.number({ message: `${what} must be a number from 1 to 5.` }).min(1, `${what} must be from 1 to 5.`).max(5, `${what} must be from 1 to 5.`);

export const warningThresholdsSchema = z.object({
  /** Reliance at this criticality or above is heavy. */
  heavyCriticality: score('Heavy reliance').int('Heavy reliance must be a whole criticality from 1 to 5.'),
  /** Trust at this level or below is low. */
  lowTrust: score('Low trust'),
  /** Trust at this level or above is high. */
  highTrust: score('High trust'),
  /** A trust rating older than this many days needs reassessing. */
  staleAfterDays: z
    .number({ message: 'Days must be a whole number.' })
    .int('Days must be a whole number.')
    .min(1, 'Trust must be reassessed after at least 1 day.')
    .max(3650, 'Choose at most 3650 days (ten years).'),
});
export type WarningThresholds = z.infer<typeof warningThresholdsSchema>;

// Criticality 4–5 and trust 1–2 are the issue's own examples; a year between assessments is the
// usual rhythm of partnership surveys.
export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = { heavyCriticality: 4, lowTrust: 2, highTrust: 4, staleAfterDays: 365 };

export const WARNING_KEY_MAX_LENGTH = 400;
export const DISMISSAL_NOTE_MAX_LENGTH = 2000;
// A warning's sentence names two parties (names up to 200 characters each) and quotes two stances.
const WARNING_MESSAGE_MAX_LENGTH = 5000;

export const warningKeySchema = z.string().min(1, 'Say which warning.').max(WARNING_KEY_MAX_LENGTH, 'That is not a warning key.');

export const warningDismissalSchema = z.object({
  key: warningKeySchema,
  kind: z.enum(WARNING_KINDS, { message: 'That is not a kind of warning.' }),
  note: z.string().trim().max(DISMISSAL_NOTE_MAX_LENGTH, `A note can be at most ${DISMISSAL_NOTE_MAX_LENGTH} characters.`),
  /** The warning as it read when it was dismissed, so a dismissal still makes sense once the network has moved on. */
  message: z.string().max(WARNING_MESSAGE_MAX_LENGTH),
  dismissedAt: isoDateTimeSchema,
});
export type WarningDismissal = z.infer<typeof warningDismissalSchema>;

export const insightSettingsSchema = z.object({
  thresholds: warningThresholdsSchema,
  dismissals: z.array(warningDismissalSchema),
});
export type InsightSettings = z.infer<typeof insightSettingsSchema>;
