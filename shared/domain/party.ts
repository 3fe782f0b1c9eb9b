// A party in the care network: an internal customer (agency, department, provider…) or an
// external customer (patient, client, family).
import { z } from 'zod';
import { NAME_MAX_LENGTH, PARTY_SIDES, SHORT_NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from './constants';
import { idSchema, isoDateTimeSchema, nameSchema, versionSchema } from './common';

// Stored in Neo4j as the readable string "topic: stance", so the topic may not contain a colon.
export const interestSchema = z.object({
  topic: z
    .string()
    .trim()
    .min(1, 'An interest needs a topic, for example "discharge".')
    .max(100)
    .refine((topic) => !topic.includes(':'), 'An interest topic cannot contain a colon.'),
  stance: z.string().trim().min(1, 'An interest needs a stance, for example "wants faster".').max(500),
});
export type Interest = z.infer<typeof interestSchema>;

const tagSchema = z.string().trim().min(1, 'Tags cannot be empty.').max(60);

export const partyFieldsSchema = z.object({
  name: nameSchema,
  // Optional: what the map shows under the party instead of a long name ("Probate Court" for
  // "Harlan County Probate Court"); the full name stays everywhere else and on hover.
  shortName: z
    .string()
    .trim()
    .max(SHORT_NAME_MAX_LENGTH, `A short name can be at most ${SHORT_NAME_MAX_LENGTH} characters.`)
    .default(''),
  side: z.enum(PARTY_SIDES, { message: 'Side must be "internal" or "external".' }),
  type: z.string().trim().min(1, 'Choose a party type.').max(NAME_MAX_LENGTH),
  tags: z.array(tagSchema).max(50).default([]),
  notes: z.string().max(TEXT_MAX_LENGTH).default(''),
  interests: z.array(interestSchema).max(50).default([]),
  x: z.number().finite().nullable().default(null),
  y: z.number().finite().nullable().default(null),
  // The organisation this party is part of (a department of a hospital): that party's id, or null.
  // Stored in Neo4j as (:Party)-[:PART_OF]->(:Party), not as a property (see shared/domain/organisations.ts).
  partOf: idSchema.nullable().default(null),
});
export type PartyFields = z.infer<typeof partyFieldsSchema>;
export type PartyFieldsInput = z.input<typeof partyFieldsSchema>;

export const partySchema = partyFieldsSchema.extend({
  id: idSchema,
  networkId: idSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Party = z.infer<typeof partySchema>;

export function interestToText(interest: Interest): string {
  return `${interest.topic}: ${interest.stance}`;
}

export function interestFromText(text: string): Interest {
  const colon = text.indexOf(':');
  if (colon < 0) return { topic: text.trim(), stance: '' };
  return { topic: text.slice(0, colon).trim(), stance: text.slice(colon + 1).trim() };
}
