// The network document: Careweave's own versioned JSON format for one whole network. It is
// the sample network's file format, the JSON export/import format and the input of the
// analysts' command line, so it is defined once, here.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { networkFieldsSchema } from './network';
import { membershipLoops, SELF_MEMBERSHIP_MESSAGE } from './organisations';
import type { NetworkGraph } from './network';
import { partyFieldsSchema } from './party';
import { relationshipEndsSchema, relationshipFieldsSchema, SELF_LOOP_MESSAGE } from './relationship';

export const NETWORK_DOCUMENT_FORMAT = 'careweave.network';
// Version 2 (issue 12) added agreements' terms (startsOn, endsOn, renews), who assessed a trust
// rating (assessedBy), and the optional care log and trust history lists. A version 1 file is a
// version 2 file without them, so both read with this one schema.
export const NETWORK_DOCUMENT_VERSION = 2;

const documentPartySchema = partyFieldsSchema.extend({ id: idSchema });

// Intersection keeps the kind-discriminated union intact while adding id and ends.
const documentRelationshipSchema = z.intersection(
  relationshipFieldsSchema,
  relationshipEndsSchema.extend({ id: idSchema }),
);

export const networkDocumentSchema = z
  .object({
    format: z.literal(NETWORK_DOCUMENT_FORMAT, {
      message: `This is not a Careweave network file (expected "format": "${NETWORK_DOCUMENT_FORMAT}").`,
    }),
    formatVersion: z
      .number()
      .int()
      .min(1)
      .max(NETWORK_DOCUMENT_VERSION, {
        message: `This file was written by a newer Careweave (format version above ${NETWORK_DOCUMENT_VERSION}); update the app to open it.`,
      }),
    exportedAt: isoDateTimeSchema.optional(),
    network: networkFieldsSchema.extend({ id: idSchema.optional() }),
    parties: z.array(documentPartySchema),
    relationships: z.array(documentRelationshipSchema),
  })
  .superRefine((doc, ctx) => {
    const partyIds = new Set<string>();
    doc.parties.forEach((party, index) => {
      if (partyIds.has(party.id)) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'id'], message: `Party id "${party.id}" is used twice.` });
      }
      partyIds.add(party.id);
    });
    checkMemberships(doc.parties, partyIds, ctx);
    const relationshipIds = new Set<string>();
    doc.relationships.forEach((relationship, index) => {
      const path = ['relationships', index];
      if (relationshipIds.has(relationship.id)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `Relationship id "${relationship.id}" is used twice.` });
      }
      relationshipIds.add(relationship.id);
      for (const end of ['source', 'target'] as const) {
        if (!partyIds.has(relationship[end])) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, end],
            message: `Relationship "${relationship.id}" points to party "${relationship[end]}", which is not in this file.`,
          });
        }
      }
      if (relationship.source === relationship.target) {
        ctx.addIssue({ code: 'custom', path: [...path, 'target'], message: SELF_LOOP_MESSAGE });
      }
    });
  });

// A member's organisation must be a party of the same file, and membership cannot loop.
function checkMemberships(parties: readonly { id: string; partOf: string | null }[], partyIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  parties.forEach((party, index) => {
    const path = ['parties', index, 'partOf'];
    if (party.partOf === null) return;
    if (party.partOf === party.id) ctx.addIssue({ code: 'custom', path, message: SELF_MEMBERSHIP_MESSAGE });
    else if (!partyIds.has(party.partOf)) {
      ctx.addIssue({ code: 'custom', path, message: `Party "${party.id}" is part of "${party.partOf}", which is not a party in this file.` });
    }
  });
  const looping = new Set(membershipLoops(parties));
  parties.forEach((party, index) => {
    if (looping.has(party.id)) {
      ctx.addIssue({ code: 'custom', path: ['parties', index, 'partOf'], message: `Party "${party.id}" is part of "${party.partOf}", which is itself part of "${party.id}": an organisation cannot be inside one of its members.` });
    }
  });
}

export type NetworkDocument = z.infer<typeof networkDocumentSchema>;
export type NetworkDocumentInput = z.input<typeof networkDocumentSchema>;
export type DocumentParty = NetworkDocument['parties'][number];
export type DocumentRelationship = NetworkDocument['relationships'][number];

export function networkGraphToDocument(graph: NetworkGraph, exportedAt: string): NetworkDocument {
  return {
    format: NETWORK_DOCUMENT_FORMAT,
    formatVersion: NETWORK_DOCUMENT_VERSION,
    exportedAt,
    network: { id: graph.network.id, name: graph.network.name, description: graph.network.description },
    parties: graph.parties.map(({ networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...party }) => party),
    relationships: graph.relationships.map(
      ({ networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...relationship }) => relationship,
    ),
  };
}
