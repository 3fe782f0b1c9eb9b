// The network-insight area of the contract (issue 11): each network's warning thresholds, and the
// warnings a person dismissed with a note, which stay dismissed until restored.
import { z } from 'zod';
import { insightSettingsSchema, warningDismissalSchema, warningKeySchema, warningThresholdsSchema } from '../domain';
import { networkRef } from './requestParts';

export const dismissWarningRequestSchema = networkRef.extend(warningDismissalSchema.omit({ dismissedAt: true }).shape);
export type DismissWarningRequest = z.infer<typeof dismissWarningRequestSchema>;

export const insightApi = {
  getInsightSettings: { request: networkRef, response: insightSettingsSchema },
  saveWarningThresholds: { request: networkRef.extend({ thresholds: warningThresholdsSchema }), response: warningThresholdsSchema },
  dismissWarning: { request: dismissWarningRequestSchema, response: warningDismissalSchema },
  restoreWarning: { request: networkRef.extend({ key: warningKeySchema }), response: z.object({ restored: z.literal(true) }) },
} as const;
