// A named map of a care network. One Neo4j database holds many networks.
import { z } from 'zod';
import { TEXT_MAX_LENGTH } from './constants';
import { idSchema, isoDateTimeSchema, nameSchema } from './common';
import { partySchema } from './party';
import { relationshipSchema } from './relationship';

export const networkFieldsSchema = z.object({
  name: nameSchema,
  description: z.string().max(TEXT_MAX_LENGTH).default(''),
});
export type NetworkFields = z.infer<typeof networkFieldsSchema>;

export const networkSchema = networkFieldsSchema.extend({
  id: idSchema,
  /** Goes up with each change of name or description, so two people renaming at once is a conflict. */
  version: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Network = z.infer<typeof networkSchema>;

export const networkSummarySchema = networkSchema.extend({
  partyCount: z.number().int().nonnegative(),
  relationshipCount: z.number().int().nonnegative(),
});
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

// A whole network as the editor and the analysis need it.
export const networkGraphSchema = z.object({
  network: networkSchema,
  parties: z.array(partySchema),
  relationships: z.array(relationshipSchema),
});
export type NetworkGraph = z.infer<typeof networkGraphSchema>;
