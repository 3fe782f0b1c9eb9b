// Closed sets shared by the UI, the schemas and the database. Each list is the single source
// of truth; the union types are derived from it so a new value is added in one place.

export const PARTY_SIDES = ['internal', 'external'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];

// Default party types per side (DESIGN.md §3). Users may add their own types, so a party's
// `type` is any non-empty string; these lists only seed the forms and the legend.
export const DEFAULT_PARTY_TYPES = {
  internal: [
    'contracting agency',
    'hospital unit/department',
    'healthcare provider',
    'community agency',
    'payer',
    'government/court',
    'other',
  ],
  external: ['patient', 'client', 'family/caregiver'],
} as const satisfies Record<PartySide, readonly string[]>;

export const RELATIONSHIP_KINDS = ['RELIES_ON', 'RESOURCE_FLOW', 'TRUSTS'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export function isRelationshipKind(value: unknown): value is RelationshipKind {
  return typeof value === 'string' && (RELATIONSHIP_KINDS as readonly string[]).includes(value);
}

export const RELATIONSHIP_KIND_LABELS: Record<RelationshipKind, string> = {
  RELIES_ON: 'Reliance',
  RESOURCE_FLOW: 'Resource flow',
  TRUSTS: 'Trust',
};

export const SUBSTITUTABILITY = ['none', 'limited', 'ready'] as const;
export type Substitutability = (typeof SUBSTITUTABILITY)[number];

export const RESOURCE_KINDS = [
  'funding',
  'referrals',
  'beds',
  'staff',
  'transport',
  'data',
  'supplies',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const NAME_MAX_LENGTH = 200;
// A party's short name on the map: a few words, so it stays one or two lines under its shape.
export const SHORT_NAME_MAX_LENGTH = 40;
export const TEXT_MAX_LENGTH = 10_000;
