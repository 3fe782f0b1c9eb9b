// The words a person sees for each field, in problems, previews and the CSV guide. Kept apart
// from the schemas because these are for reading, not for validating.
import { RELATIONSHIP_KIND_LABELS } from '../domain';
import type { RelationshipKind } from '../domain';

export const FIELD_LABELS: Record<string, string> = {
  id: 'id',
  name: 'name',
  side: 'side',
  type: 'party type',
  tags: 'tags',
  notes: 'notes',
  interests: 'interests',
  x: 'x position',
  y: 'y position',
  kind: 'kind',
  source: 'from',
  target: 'to',
  service: 'service',
  criticality: 'criticality',
  substitutability: 'substitutability',
  resource: 'resource',
  amount: 'amount',
  unit: 'unit',
  period: 'period',
  level: 'trust level',
  reliability: 'reliability',
  missionSupport: 'mission support',
  openness: 'openness',
  assessedAt: 'assessed on',
  description: 'description',
  topic: 'interest topic',
  stance: 'interest stance',
  withdrawn: 'withdrawn parties',
  affectedThreshold: 'affected threshold',
  disruptedThreshold: 'disrupted threshold',
  format: 'format',
  formatVersion: 'format version',
};

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
