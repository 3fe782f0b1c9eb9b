// The exchange area of the contract (issue 5): exporting data, the spreadsheet template, saving a
// diagram the page drew, and imports as jobs the page follows by polling.
//
// Delivery works for both transports: the renderer asks for "save-dialog" in the desktop app
// (main opens the save dialog and writes the file; paths never come from the page) and for
// "download" in browser mode (the answer carries the files and the page downloads them).
import { z } from 'zod';
import { idSchema, nameSchema, RELATIONSHIP_KINDS } from '../domain';
import { DATA_FORMAT_IDS } from '../formats/registry';
import { IMPORT_CHUNK_CHARS } from '../formats/limits';
import { TEXT_ENCODINGS } from '../formats/decodeText';
import { DATE_ORDERS } from '../formats/localeValues';
import { importPreviewSchema, importProblemSchema } from '../formats/importReport';

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

// A picture of a 5,000-party map at 4x, as base64, stays well under this; the cap keeps one
// request from exhausting main's memory.
export const MAX_SAVE_FILE_CHARS = 300_000_000;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().trim().min(1).max(200),
  mimeType: z.string().max(100),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string().max(MAX_SAVE_FILE_CHARS, 'The file is too large to save.'),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

// receiving: browser mode is still sending the file; received: all of it is in main;
// analyzing: checking and planning; invalid: problems found, nothing will be written;
// ready: the preview is waiting for "Import"; writing; then done, failed or cancelled.
export const IMPORT_PHASES = ['receiving', 'received', 'analyzing', 'invalid', 'ready', 'writing', 'done', 'failed', 'cancelled'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export const importFileInfoSchema = z.object({
  name: z.string().trim().min(1).max(255),
  size: z.number().int().nonnegative(),
  encoding: z.enum(TEXT_ENCODINGS).default('utf-8'),
});
export type ImportFileInfo = z.infer<typeof importFileInfoSchema>;

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
  /** Spreadsheet dates like 03/04/2026: read in this order, or null to let the file tell. */
  dateOrder: z.enum(DATE_ORDERS).nullable().default(null),
};
const jobRef = z.object({ jobId: z.string().max(100) });

export const exchangeApi = {
  exportNetworkData: {
    request: z.object({ networkId: idSchema, format: z.enum(DATA_FORMAT_IDS), delivery: deliverySchema, yedGraphics: z.boolean().default(true) }),
    response: deliveryResultSchema,
  },
  getImportTemplate: { request: z.object({ delivery: deliverySchema }), response: deliveryResultSchema },
  saveFile: { request: saveFileRequestSchema, response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }) },
  beginImport: { request: z.object({ ...importOptions, files: z.array(importFileInfoSchema).min(1).max(4) }), response: importJobSchema },
  appendImportChunk: {
    request: jobRef.extend({ fileIndex: z.number().int().min(0).max(3), text: z.string().max(IMPORT_CHUNK_CHARS) }),
    response: importJobSchema,
  },
  openImportFiles: { request: z.object(importOptions), response: importJobSchema.nullable() },
  analyzeImport: { request: jobRef, response: importJobSchema },
  getImportJob: { request: jobRef, response: importJobSchema },
  commitImport: { request: jobRef.extend({ networkName: nameSchema.optional() }), response: importJobSchema },
  cancelImport: { request: jobRef, response: importJobSchema },
} as const;
