// Saved views in the network document (issue 15), as an optional "views" list beside the
// parties, relationships and scenarios: files without it still read, and older Careweave versions
// drop the key they do not know. Only the JSON format carries them.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, viewStateSchema } from '../domain';
import type { SavedView } from '../domain';

export const documentViewSchema = z.object({
  id: idSchema,
  name: nameSchema,
  state: viewStateSchema,
  createdAt: isoDateTimeSchema.optional(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

export const documentViewsSchema = z.array(documentViewSchema).max(1_000).default([]);

export function viewToDocument(view: SavedView): DocumentView {
  return { id: view.id, name: view.name, state: view.state, createdAt: view.createdAt };
}
