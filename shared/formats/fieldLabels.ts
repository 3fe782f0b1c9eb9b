// The words a person sees for each field, in problems, previews and the CSV guide. Kept apart
// from the schemas because these are for reading, not for validating; the fields themselves
// come from the schemas (shared/domain/fields.ts).
import { PARTY_FIELD_NAMES, RELATIONSHIP_FIELD_NAMES, RELATIONSHIP_KIND_LABELS } from '../domain';
import type { RelationshipKind } from '../domain';

// A field's name in words ("missionSupport" → "mission support"), unless a person knows it by
// another name. Every party and relationship field of the domain has a label, in schema order.
const SAID_OTHERWISE: Record<string, string> = {
  type: 'party type',
  x: 'x position',
  y: 'y position',
  source: 'from',
  target: 'to',
  level: 'trust level',
  assessedAt: 'assessed on',
  topic: 'interest topic',
  stance: 'interest stance',
  withdrawn: 'withdrawn parties',
};

const inWords = (field: string) => SAID_OTHERWISE[field] ?? field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

// The order the forms show fields in, which is also the order changed fields are listed in.
const FIELD_ORDER = ['id', ...PARTY_FIELD_NAMES, 'kind', 'source', 'target', ...RELATIONSHIP_FIELD_NAMES, 'description', 'topic', 'stance', 'withdrawn', 'affectedThreshold', 'disruptedThreshold', 'format', 'formatVersion'];

export const FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(FIELD_ORDER.map((field) => [field, inWords(field)]));

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

// What a relationship of each kind says, for previews: "A relies on B (transport)".
export const KIND_VERBS: Record<RelationshipKind, string> = {
  RELIES_ON: 'relies on',
  RESOURCE_FLOW: 'provides to',
  TRUSTS: 'trusts',
};

export function kindLabel(kind: RelationshipKind): string {
  return RELATIONSHIP_KIND_LABELS[kind].toLowerCase();
}
