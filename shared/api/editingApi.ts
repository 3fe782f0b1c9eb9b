// The editing area of the contract: the map editor's one write path. A new party or relationship
// is created alone; every other change (undo/redo, edits of one element or many, deletes, saved
// positions) is a batch, one transaction: all of it or none of it.
import { z } from 'zod';
import {
  idSchema,
  partyFieldsSchema,
  partySchema,
  relationshipEndsSchema,
  relationshipFieldsSchema,
  relationshipSchema,
  versionSchema,
} from '../domain';
import { networkRef, versionRef } from './requestParts';

// A batch is one transaction; these caps keep one request within what a 2-core machine's
// database commits in a few seconds while covering any realistic selection.
export const MAX_EDIT_BATCH = 20_000;
// Undoing the delete of a large selection brings back its relationships too, which can be many
// more than the parties; the service writes such a restore in chunks.
export const MAX_RESTORE_RELATIONSHIPS = 200_000;
export const MAX_POSITION_BATCH = 100_000;

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
export type VersionRef = z.infer<typeof versionRef>;

// A membership (a party part of an organisation) that a delete ended because the organisation
// went, and that undoing the delete gives back.
export const membershipSchema = z.object({ partyId: idSchema, organisationId: idSchema });
export type MembershipLink = z.infer<typeof membershipSchema>;

export const elementsResponseSchema = z.object({
  parties: z.array(partySchema),
  relationships: z.array(relationshipSchema),
  memberships: z.array(membershipSchema).default([]),
});
export type ElementsResponse = z.infer<typeof elementsResponseSchema>;

export const partyPositionSchema = z.object({ id: idSchema, x: z.number().finite(), y: z.number().finite() });
export type PartyPosition = z.infer<typeof partyPositionSchema>;

const batch = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_EDIT_BATCH);

export const editingApi = {
  createParty: { request: networkRef.extend({ fields: partyFieldsSchema }), response: partySchema },
  createRelationship: {
    request: networkRef.extend(relationshipEndsSchema.shape).extend({ fields: relationshipFieldsSchema }),
    response: relationshipSchema,
  },
  restoreElements: {
    request: networkRef.extend({
      parties: batch(partySnapshotSchema).default([]),
      relationships: z.array(relationshipSnapshotSchema).max(MAX_RESTORE_RELATIONSHIPS).default([]),
      memberships: batch(membershipSchema).default([]),
    }),
    response: elementsResponseSchema,
  },
  deleteElements: {
    request: networkRef.extend({ parties: batch(versionRef).default([]), relationships: batch(versionRef).default([]) }),
    response: elementsResponseSchema,
  },
  updateParties: {
    request: networkRef.extend({
      parties: batch(versionRef.extend({ fields: partyFieldsSchema })).min(1, 'Choose at least one party to change.'),
    }),
    response: z.array(partySchema),
  },
  updateRelationships: {
    request: networkRef.extend({
      relationships: batch(versionRef.extend({ fields: relationshipFieldsSchema })).min(1, 'Choose at least one relationship to change.'),
    }),
    response: z.array(relationshipSchema),
  },
  savePositions: {
    request: networkRef.extend({ positions: z.array(partyPositionSchema).max(MAX_POSITION_BATCH) }),
    response: z.object({ saved: z.number().int().nonnegative() }),
  },
} as const;
