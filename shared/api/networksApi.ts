// The networks area of the contract: the list, creating, renaming, opening, duplicating and
// deleting whole networks, and making one from a network document (the sample is one).
import { z } from 'zod';
import {
  idSchema,
  nameSchema,
  networkDocumentSchema,
  networkFieldsSchema,
  networkGraphSchema,
  networkSchema,
  networkSummarySchema,
} from '../domain';
import { emptyRequest } from './requestParts';

const networkId = z.object({ id: idSchema });

export const networksApi = {
  listNetworks: { request: emptyRequest, response: z.array(networkSummarySchema) },
  createNetwork: { request: networkFieldsSchema, response: networkSchema },
  // `version` is the network's version the person started from: a rename never overwrites another.
  updateNetwork: { request: networkFieldsSchema.extend({ id: idSchema, version: z.number().int().nonnegative() }), response: networkSchema },
  deleteNetwork: { request: networkId, response: z.object({ deleted: z.literal(true) }) },
  // With what could not be understood of data other programs wrote into the database, in words.
  getNetwork: { request: networkId, response: networkGraphSchema.extend({ storedDataNotes: z.array(z.string()) }) },
  duplicateNetwork: { request: z.object({ id: idSchema, name: nameSchema }), response: networkSchema },
  importNetworkDocument: {
    request: z.object({ document: networkDocumentSchema, name: z.string().trim().min(1).max(200).optional() }),
    response: networkSchema,
  },
  // The sample's name first, so loading it again can suggest another name instead of a second
  // network with the same one.
  describeSampleNetwork: { request: emptyRequest, response: z.object({ name: nameSchema }) },
  loadSampleNetwork: { request: z.object({ name: nameSchema.optional() }), response: networkSchema },
} as const;
