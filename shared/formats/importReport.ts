// What the check of an import reports, as schemas so the API can carry it to the page: each
// problem found, and the preview of what "Import" would change.
import { z } from 'zod';

export const importProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  element: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

const countsSchema = z.object({
  added: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});
const changeSampleSchema = z.object({ label: z.string(), fields: z.array(z.string()) });

export const importPreviewSchema = z.object({
  newNetwork: z.boolean(),
  networkName: z.string(),
  parties: countsSchema,
  relationships: countsSchema,
  samples: z.object({
    addedParties: z.array(z.string()),
    changedParties: z.array(changeSampleSchema),
    unchangedParties: z.array(z.string()),
    addedRelationships: z.array(z.string()),
    changedRelationships: z.array(changeSampleSchema),
    unchangedRelationships: z.array(z.string()),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
