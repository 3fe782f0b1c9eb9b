// Request and response schemas of the editor's batch methods (undo/redo, bulk edits, saved
// positions, duplicating a network). They live apart from contract.ts so the contract stays a
// readable table; the contract references them by name.
import { z } from 'zod';
import {
  idSchema,
  nameSchema,
  partyFieldsSchema,
  partySchema,
  relationshipEndsSchema,
  relationshipFieldsSchema,
  relationshipSchema,
  versionSchema,
} from '../domain';

// A batch is one transaction; these caps keep one request within what a 2-core machine's
// database commits in a few seconds while covering any realistic selection.
export const MAX_EDIT_BATCH = 20_000;
export const MAX_POSITION_BATCH = 100_000;

const ref = z.object({ id: idSchema, version: versionSchema });

// What an undo needs to bring a deleted element back exactly: its id, all its fields and the
// version it had when it was deleted (the restored copy continues from there, see restore).
export const partySnapshotSchema = partyFieldsSchema.extend({ id: idSchema, version: versionSchema });
export const relationshipSnapshotSchema = z.intersection(
  relationshipFieldsSchema,
  relationshipEndsSchema.extend({ id: idSchema, version: versionSchema }),
);
export type PartySnapshot = z.infer<typeof partySnapshotSchema>;
export type RelationshipSnapshot = z.infer<typeof relationshipSnapshotSchema>;
export type RelationshipSnapshotInput = z.input<typeof relationshipSnapshotSchema>;

const networkRef = z.object({ networkId: idSchema });

export const restoreElementsRequestSchema = networkRef.extend({
  parties: z.array(partySnapshotSchema).max(MAX_EDIT_BATCH).default([]),
  relationships: z.array(relationshipSnapshotSchema).max(MAX_EDIT_BATCH).default([]),
});

export const elementsResponseSchema = z.object({
  parties: z.array(partySchema),
  relationships: z.array(relationshipSchema),
});
export type ElementsResponse = z.infer<typeof elementsResponseSchema>;

export const deleteElementsRequestSchema = networkRef.extend({
  parties: z.array(ref).max(MAX_EDIT_BATCH).default([]),
  relationships: z.array(ref).max(MAX_EDIT_BATCH).default([]),
});

export const updatePartiesRequestSchema = networkRef.extend({
  parties: z
    .array(ref.extend({ fields: partyFieldsSchema }))
    .min(1, 'Choose at least one party to change.')
    .max(MAX_EDIT_BATCH),
});

export const updateRelationshipsRequestSchema = networkRef.extend({
  relationships: z
    .array(ref.extend({ fields: relationshipFieldsSchema }))
    .min(1, 'Choose at least one relationship to change.')
    .max(MAX_EDIT_BATCH),
});

export const partyPositionSchema = z.object({ id: idSchema, x: z.number().finite(), y: z.number().finite() });
export type PartyPosition = z.infer<typeof partyPositionSchema>;

export const savePositionsRequestSchema = networkRef.extend({
  positions: z.array(partyPositionSchema).max(MAX_POSITION_BATCH),
});

export const duplicateNetworkRequestSchema = z.object({ id: idSchema, name: nameSchema });
