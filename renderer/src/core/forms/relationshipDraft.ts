// The relationship form's working copy for each of the three kinds. Numbers stay text while they
// are typed ("" means not given); checking uses the API's own schema.
import { relationshipFieldsSchema } from '../../../../shared/domain';
import type { AgreementTerm, Relationship, RelationshipFields, RelationshipKind, ResourceKind, Substitutability } from '../../../../shared/domain';
import type { FieldErrors } from '../errors/fieldIssues';
import type { DraftCheck } from './partyDraft';

export type RelationshipDraft = {
  kind: RelationshipKind;
  service: string;
  criticality: string;
  substitutability: Substitutability;
  resource: ResourceKind;
  amount: string;
  unit: string;
  period: string;
  // An agreement's term (reliance and resource flows): dates as YYYY-MM-DD, "" when none.
  startsOn: string;
  endsOn: string;
  renews: boolean;
  level: string;
  reliability: string;
  missionSupport: string;
  openness: string;
  assessedAt: string;
  assessedBy: string;
  notes: string;
};

export const RELATIONSHIP_DRAFT_FIELDS = [
  'service', 'criticality', 'substitutability', 'resource', 'amount', 'unit', 'period', 'startsOn', 'endsOn', 'renews',
  'level', 'reliability', 'missionSupport', 'openness', 'assessedAt', 'assessedBy', 'notes',
] as const;
export type RelationshipDraftField = (typeof RELATIONSHIP_DRAFT_FIELDS)[number];

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

// Defaults: a middling criticality with no substitute (the cautious reading), referrals as the
// commonest flow, and a neutral trust assessed today.
export function newRelationshipDraft(kind: RelationshipKind = 'RELIES_ON', now: Date = new Date()): RelationshipDraft {
  return {
    kind,
    service: '',
    criticality: '3',
    substitutability: 'none',
    resource: 'referrals',
    amount: '',
    unit: '',
    period: '',
    startsOn: '',
    endsOn: '',
    renews: false,
    level: '3',
    reliability: '',
    missionSupport: '',
    openness: '',
    assessedAt: today(now),
    assessedBy: '',
    notes: '',
  };
}

const text = (value: number | null) => (value === null ? '' : String(value));
const termDraft = (term: AgreementTerm) => ({ startsOn: term.startsOn ?? '', endsOn: term.endsOn ?? '', renews: term.renews });
const termInput = (draft: RelationshipDraft): AgreementTerm => ({
  startsOn: draft.startsOn.trim() === '' ? null : draft.startsOn.trim(),
  endsOn: draft.endsOn.trim() === '' ? null : draft.endsOn.trim(),
  renews: draft.renews,
});

export function relationshipDraftFrom(relationship: Relationship): RelationshipDraft {
  const base = { ...newRelationshipDraft(relationship.kind), notes: relationship.notes };
  switch (relationship.kind) {
    case 'RELIES_ON':
      return { ...base, service: relationship.service, criticality: String(relationship.criticality), substitutability: relationship.substitutability, ...termDraft(relationship) };
    case 'RESOURCE_FLOW':
      return { ...base, resource: relationship.resource, amount: text(relationship.amount), unit: relationship.unit, period: relationship.period, ...termDraft(relationship) };
    case 'TRUSTS': {
      const hasScores = [relationship.reliability, relationship.missionSupport, relationship.openness].some((score) => score !== null);
      return {
        ...base,
        // With sub-scores the level is their mean unless someone set it apart; leaving it empty
        // lets the mean follow the scores as they are edited.
        level: hasScores ? '' : String(relationship.level),
        reliability: text(relationship.reliability),
        missionSupport: text(relationship.missionSupport),
        openness: text(relationship.openness),
        assessedAt: relationship.assessedAt ?? '',
        assessedBy: relationship.assessedBy,
      };
    }
  }
}

// "" is "not given"; anything else must read as a number, or the schema reports it.
function numberOrNull(value: string): number | null | string {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : trimmed;
}

export function relationshipInput(draft: RelationshipDraft): Record<string, unknown> {
  switch (draft.kind) {
    case 'RELIES_ON':
      return { kind: draft.kind, service: draft.service, criticality: numberOrNull(draft.criticality), substitutability: draft.substitutability, ...termInput(draft), notes: draft.notes };
    case 'RESOURCE_FLOW':
      return { kind: draft.kind, resource: draft.resource, amount: numberOrNull(draft.amount), unit: draft.unit, period: draft.period, ...termInput(draft), notes: draft.notes };
    case 'TRUSTS': {
      const level = numberOrNull(draft.level);
      return {
        kind: draft.kind,
        ...(level === null ? {} : { level }),
        reliability: numberOrNull(draft.reliability),
        missionSupport: numberOrNull(draft.missionSupport),
        openness: numberOrNull(draft.openness),
        assessedAt: draft.assessedAt.trim() === '' ? null : draft.assessedAt.trim(),
        assessedBy: draft.assessedBy,
        notes: draft.notes,
      };
    }
  }
}

export function checkRelationshipDraft(draft: RelationshipDraft): DraftCheck<RelationshipFields, RelationshipDraftField> {
  const parsed = relationshipFieldsSchema.safeParse(relationshipInput(draft));
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors<RelationshipDraftField> = {};
  for (const issue of parsed.error.issues) {
    const field = RELATIONSHIP_DRAFT_FIELDS.find((candidate) => candidate === issue.path[0]);
    if (field && errors[field] === undefined) errors[field] = issue.message.includes('expected number') ? 'Enter a number.' : issue.message;
  }
  return { ok: false, errors };
}
