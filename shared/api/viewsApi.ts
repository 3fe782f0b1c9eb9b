// The saved-views area of the contract (issue 15): views of a network's map, stored with it.
import { z } from 'zod';
import { nameSchema, savedViewSchema, viewStateSchema } from '../domain';
import { networkRef, versionRef } from './requestParts';

const viewRef = networkRef.extend(versionRef.shape);

export const viewsApi = {
  listViews: { request: networkRef, response: z.array(savedViewSchema) },
  saveView: { request: networkRef.extend({ name: nameSchema, state: viewStateSchema }), response: savedViewSchema },
  updateView: {
    request: viewRef
      .extend({ name: nameSchema.optional(), state: viewStateSchema.optional() })
      .refine((request) => request.name !== undefined || request.state !== undefined, { message: 'Give a new name, a new view, or both.' }),
    response: savedViewSchema,
  },
  deleteView: { request: viewRef, response: z.object({ deleted: z.literal(true) }) },
} as const;
