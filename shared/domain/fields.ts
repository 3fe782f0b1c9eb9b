// The names of each entity's fields, read from its schema, so every list of them elsewhere (CSV
// columns, GraphML attributes, the words problems and previews use) follows the schema instead
// of repeating it: a field added to a schema shows up in each list, or fails to compile there.
import { RELATIONSHIP_KINDS } from './constants';
import type { RelationshipKind } from './constants';
import { partyFieldsSchema } from './party';
import type { PartyFields } from './party';
import { reliesOnFieldsSchema, resourceFlowFieldsSchema, trustFieldsBaseSchema } from './relationship';

export type PartyFieldName = keyof PartyFields;
export const PARTY_FIELD_NAMES: readonly PartyFieldName[] = partyFieldsSchema.keyof().options;

// A kind's own fields: what its schema has besides the kind itself and the notes every kind has.
function ownFields<K extends string>(keys: readonly K[]): Exclude<K, 'kind' | 'notes'>[] {
  return keys.filter((key): key is Exclude<K, 'kind' | 'notes'> => key !== 'kind' && key !== 'notes');
}

export const KIND_FIELD_NAMES = {
  RELIES_ON: ownFields(reliesOnFieldsSchema.keyof().options),
  RESOURCE_FLOW: ownFields(resourceFlowFieldsSchema.keyof().options),
  TRUSTS: ownFields(trustFieldsBaseSchema.keyof().options),
} as const satisfies Record<RelationshipKind, readonly string[]>;

export type KindFieldName<K extends RelationshipKind = RelationshipKind> = (typeof KIND_FIELD_NAMES)[K][number];
/** Every field a relationship's kind decides on, then the notes all kinds share. */
export type RelationshipFieldName = KindFieldName | 'notes';
export const RELATIONSHIP_FIELD_NAMES: readonly RelationshipFieldName[] = [...RELATIONSHIP_KINDS.flatMap((kind) => KIND_FIELD_NAMES[kind]), 'notes'];

/** The kinds a field belongs to; empty for fields every relationship has. */
export function kindsWithField(field: string): RelationshipKind[] {
  return RELATIONSHIP_KINDS.filter((kind) => (KIND_FIELD_NAMES[kind] as readonly string[]).includes(field));
}
