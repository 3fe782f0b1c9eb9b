// The presentations area of the contract (issue 15): slides of a network's map, stored with it.
import { z } from 'zod';
import { nameSchema, presentationSchema, slidesSchema } from '../domain';
import { networkRef, versionRef } from './requestParts';

const presentationRef = networkRef.extend(versionRef.shape);

export const presentationsApi = {
  listPresentations: { request: networkRef, response: z.array(presentationSchema) },
  savePresentation: { request: networkRef.extend({ name: nameSchema, slides: slidesSchema }), response: presentationSchema },
  updatePresentation: {
    request: presentationRef
      .extend({ name: nameSchema.optional(), slides: slidesSchema.optional() })
      .refine((request) => request.name !== undefined || request.slides !== undefined, { message: 'Give a new name, new slides, or both.' }),
    response: presentationSchema,
  },
  deletePresentation: { request: presentationRef, response: z.object({ deleted: z.literal(true) }) },
} as const;
