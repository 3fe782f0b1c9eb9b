// A saved view (issue 15): how the map was being looked at — the filters, the focus, where every
// party sat, which organisations were collapsed, what was drawn over it (a saved scenario's
// impact, parties sized by harm) and the camera — stored with the network under a name, so it
// can be shown again, listed beside the map and played in a presentation.
import { z } from 'zod';
import { PARTY_SIDES, RELATIONSHIP_KINDS } from './constants';
import { idSchema, isoDateTimeSchema, nameSchema, versionSchema } from './common';

// A view of the largest network Careweave edits: every party's place.
export const MAX_VIEW_PARTIES = 100_000;
export const MAX_FOCUS_HOPS_SAVED = 5;

const trustBound = z.number().min(1).max(5);
const place = z.number().finite();

export const viewFiltersSchema = z.object({
  hiddenKinds: z.array(z.enum(RELATIONSHIP_KINDS)).max(RELATIONSHIP_KINDS.length).default([]),
  trustRange: z.tuple([trustBound, trustBound]).default([1, 5]),
  hiddenSides: z.array(z.enum(PARTY_SIDES)).max(PARTY_SIDES.length).default([]),
  hiddenTypes: z.array(z.string().max(200)).max(1_000).default([]),
  tags: z.array(z.string().max(60)).max(1_000).default([]),
});
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

export const viewStateSchema = z.object({
  filters: viewFiltersSchema.prefault({}),
  /** The parties the focus is centred on and how many steps around them it reaches; null when off. */
  focus: z
    .object({ partyIds: z.array(idSchema).min(1).max(MAX_VIEW_PARTIES), hops: z.number().int().min(1).max(MAX_FOCUS_HOPS_SAVED) })
    .nullable()
    .default(null),
  /** Where each party sat; parties added since keep their own place when the view is shown. */
  positions: z.array(z.object({ id: idSchema, x: place, y: place })).max(MAX_VIEW_PARTIES).default([]),
  /** Organisations drawn as one box, by party id. */
  collapsed: z.array(idSchema).max(MAX_VIEW_PARTIES).default([]),
  /** What is drawn over the map: a saved scenario's impact, and parties sized by the harm their leaving would cause. */
  decoration: z
    .object({ scenarioId: idSchema.nullable().default(null), harm: z.boolean().default(false) })
    .prefault({}),
  camera: z
    .object({ zoom: z.number().positive().finite(), pan: z.object({ x: place, y: place }) })
    .nullable()
    .default(null),
});
export type ViewState = z.infer<typeof viewStateSchema>;
export type ViewStateInput = z.input<typeof viewStateSchema>;

export const savedViewSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  name: nameSchema,
  state: viewStateSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type SavedView = z.infer<typeof savedViewSchema>;
