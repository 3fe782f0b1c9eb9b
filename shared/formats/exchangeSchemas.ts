// Request and response schemas of the export and import methods. They live beside the formats
// (like the editor's in shared/api/editorSchemas.ts) so the contract stays a readable table.
//
// Delivery works for both transports: the renderer asks for "save-dialog" in the desktop app
// (main opens the save dialog and writes the file; paths never come from the page) and for
// "download" in browser mode (the answer carries the files and the page downloads them).
import { z } from 'zod';
import { idSchema, nameSchema, RELATIONSHIP_KINDS } from '../domain';
import { IMPORT_CHUNK_CHARS } from './limits';
import { DATA_FORMAT_IDS } from './registry';

export const DELIVERIES = ['download', 'save-dialog'] as const;
export const deliverySchema = z.enum(DELIVERIES);
export type Delivery = z.infer<typeof deliverySchema>;

export const exportedFileSchema = z.object({
  name: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const deliveryResultSchema = z.discriminatedUnion('delivered', [
  z.object({ delivered: z.literal('download'), files: z.array(exportedFileSchema) }),
  z.object({ delivered: z.literal('saved'), fileNames: z.array(z.string()) }),
  z.object({ delivered: z.literal('cancelled') }),
]);
export type DeliveryResult = z.infer<typeof deliveryResultSchema>;

export const exportNetworkDataRequestSchema = z.object({
  networkId: idSchema,
  format: z.enum(DATA_FORMAT_IDS),
  delivery: deliverySchema,
  yedGraphics: z.boolean().default(true),
});

export const getImportTemplateRequestSchema = z.object({ delivery: deliverySchema });

// A picture of a 5,000-party map at 4x, as base64, stays well under this; the cap keeps one
// request from exhausting main's memory.
export const MAX_SAVE_FILE_CHARS = 300_000_000;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().trim().min(1).max(200),
  mimeType: z.string().max(100),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string().max(MAX_SAVE_FILE_CHARS, 'The file is too large to save.'),
});
export const saveFileResponseSchema = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

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

// receiving: browser mode is still sending the file; received: all of it is in main;
// analyzing: checking and planning; invalid: problems found, nothing will be written;
// ready: the preview is waiting for "Import"; writing; then done, failed or cancelled.
export const IMPORT_PHASES = ['receiving', 'received', 'analyzing', 'invalid', 'ready', 'writing', 'done', 'failed', 'cancelled'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252'] as const;

export const importFileInfoSchema = z.object({
  name: z.string().trim().min(1).max(255),
  size: z.number().int().nonnegative(),
  encoding: z.enum(TEXT_ENCODINGS).default('utf-8'),
});

export const importJobSchema = z.object({
  jobId: z.string(),
  phase: z.enum(IMPORT_PHASES),
  format: z.enum(DATA_FORMAT_IDS).nullable(),
  files: z.array(importFileInfoSchema),
  targetNetworkId: idSchema.nullable(),
  /** Share done of the current phase, with what is happening in words. */
  progress: z.object({ share: z.number().min(0).max(1), stage: z.string() }).nullable(),
  problems: z.array(importProblemSchema),
  problemCount: z.number().int().nonnegative(),
  notes: z.array(z.string()),
  preview: importPreviewSchema.nullable(),
  result: z.object({ networkId: idSchema, networkName: z.string() }).nullable(),
  /** Why the import failed or was refused, in words; null otherwise. */
  message: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

const importOptions = {
  /** null imports into a new network; an id merges into that network. */
  targetNetworkId: idSchema.nullable(),
  /** GraphML connections that do not say their kind are imported as this kind. */
  defaultKind: z.enum(RELATIONSHIP_KINDS).default('RELIES_ON'),
};

export const beginImportRequestSchema = z.object({ ...importOptions, files: z.array(importFileInfoSchema).min(1).max(3) });
export const openImportFilesRequestSchema = z.object(importOptions);
export const appendImportChunkRequestSchema = z.object({
  jobId: z.string().max(100),
  fileIndex: z.number().int().min(0).max(2),
  text: z.string().max(IMPORT_CHUNK_CHARS),
});
export const importJobRefSchema = z.object({ jobId: z.string().max(100) });
export const commitImportRequestSchema = z.object({ jobId: z.string().max(100), networkName: nameSchema.optional() });
