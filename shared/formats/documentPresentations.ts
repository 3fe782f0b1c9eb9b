// Presentations in the network document (issue 15), as an optional "presentations" list beside
// the saved views: files without it still read. Slides point at views and scenarios by id, so
// they are checked against the file's and the network's (planImport.ts). Only JSON carries them.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, slidesSchema } from '../domain';
import type { Presentation } from '../domain';

export const documentPresentationSchema = z.object({
  id: idSchema,
  name: nameSchema,
  slides: slidesSchema,
  createdAt: isoDateTimeSchema.optional(),
});
export type DocumentPresentation = z.infer<typeof documentPresentationSchema>;

export const documentPresentationsSchema = z.array(documentPresentationSchema).max(1_000).default([]);

export function presentationToDocument(presentation: Presentation): DocumentPresentation {
  return { id: presentation.id, name: presentation.name, slides: presentation.slides, createdAt: presentation.createdAt };
}
