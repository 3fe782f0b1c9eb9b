// Converts between stored Neo4j properties and domain objects. Neo4j drops null properties,
// so a missing property reads back as the field's empty value.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { interestFromText, interestToText, RESOURCE_KINDS, SUBSTITUTABILITY } from '../../shared/domain';
import type {
  Network,
  Party,
  PartyFields,
  Relationship,
  RelationshipFields,
  RelationshipKind,
  ResourceKind,
  Substitutability,
} from '../../shared/domain';
import { QUIET_READING, storedList, storedNumber, storedSide } from './storedReading';
import type { StoredReading } from './storedReading';

export type Props = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const dateOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

// An agreement's term; a relationship stored before terms existed has none and does not renew.
function termFromProps(props: Props) {
  return { startsOn: dateOrNull(props.startsOn), endsOn: dateOrNull(props.endsOn), renews: props.renews === true };
}

export function toInt(value: number): Integer {
  return neo4j.int(value);
}

export function networkFromProps(props: Props): Network {
  return {
    id: str(props.id),
    name: str(props.name),
    description: str(props.description),
    // Networks made before versions existed (or by a script) count as version 0.
    version: props.version === undefined || props.version === null ? 0 : Number(props.version),
    createdAt: str(props.createdAt),
    updatedAt: str(props.updatedAt),
  };
}

// `partOf` is not a property: membership is a PART_OF relationship (memberships.ts).
export function partyFieldsToProps(fields: PartyFields): Props {
  return {
    name: fields.name,
    shortName: fields.shortName,
    side: fields.side,
    type: fields.type,
    tags: fields.tags,
    notes: fields.notes,
    interests: fields.interests.map(interestToText),
    x: fields.x,
    y: fields.y,
  };
}

export function partyFromProps(props: Props, reading: StoredReading = QUIET_READING): Party {
  const id = str(props.id);
  if (typeof props.id !== 'string' || typeof props.version !== 'number') reading.unadopted();
  const name = str(props.name, id);
  const unreadable = (field: string, value: unknown, shownAs: string) => reading.unreadable('party', name, field, value, shownAs);
  if (typeof props.name !== 'string' || props.name.trim() === '') unreadable('name', props.name, 'shown by its id');
  const side = storedSide(props.side);
  if (!side) unreadable('side', props.side, 'shown as internal');
  const tags = storedList(props.tags);
  if (!tags) unreadable('tags', props.tags, 'shown without tags');
  // Interests hold "topic: stance" texts, whose stance may contain commas.
  const interests = storedList(props.interests, /;/)?.map(interestFromText);
  if (!interests || interests.some((interest) => interest.topic === '' || interest.stance === '')) unreadable('interests', props.interests, 'shown without interests');
  const [x, y] = [storedNumber(props.x), storedNumber(props.y)];
  if (x === undefined || y === undefined || (x === null) !== (y === null)) unreadable('position', x === undefined ? props.x : props.y, 'placed automatically');
  const placed = typeof x === 'number' && typeof y === 'number';
  return {
    id,
    networkId: str(props.networkId),
    name,
    shortName: str(props.shortName),
    side: side ?? 'internal',
    type: str(props.type).trim() || 'other',
    tags: tags ?? [],
    notes: str(props.notes),
    interests: interests?.every((interest) => interest.topic !== '' && interest.stance !== '') ? interests : [],
    x: placed ? x : null,
    y: placed ? y : null,
    partOf: typeof props.partOf === 'string' ? props.partOf : null,
    version: num(props.version) ?? 0,
    createdAt: str(props.createdAt),
    updatedAt: str(props.updatedAt),
  };
}

// Only the fields of the relationship's own kind are stored; `kind` is the relationship type.
export function relationshipFieldsToProps(fields: RelationshipFields): Props {
  const { kind: _kind, ...rest } = fields;
  if (fields.kind === 'RELIES_ON') return { ...rest, criticality: toInt(fields.criticality) };
  if (fields.kind === 'TRUSTS') {
    const scores = ['reliability', 'missionSupport', 'openness'] as const;
    const props: Props = { ...rest };
    for (const score of scores) props[score] = fields[score] === null ? null : toInt(fields[score]);
    return props;
  }
  return rest;
}

export function relationshipFromRecord(kind: RelationshipKind, props: Props, source: string, target: string, reading: StoredReading = QUIET_READING): Relationship {
  if (typeof props.id !== 'string' || typeof props.version !== 'number' || typeof props.networkId !== 'string') reading.unadopted();
  const meta = {
    id: str(props.id),
    networkId: str(props.networkId),
    source,
    target,
    version: num(props.version) ?? 0,
    notes: str(props.notes),
    createdAt: str(props.createdAt),
    updatedAt: str(props.updatedAt),
  };
  // A value outside its allowed set is shown as the default and reported (storedReading.ts).
  const checked = <T>(field: string, value: unknown, allowed: (value: unknown) => value is T, fallback: T, shownAs: string): T => {
    if (allowed(value)) return value;
    reading.unreadable('relationship', meta.id, field, value, shownAs);
    return fallback;
  };
  const score = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
  const optionalScore = (field: string, value: unknown): number | null => (value === null || value === undefined ? null : checked(field, value, score, null, 'shown as not rated'));
  switch (kind) {
    case 'RELIES_ON':
      return {
        ...meta,
        kind,
        service: str(props.service),
        criticality: checked('criticality', props.criticality, score, 3, 'shown with criticality 3'),
        substitutability: checked('substitutability', props.substitutability, isSubstitutability, 'none', 'shown with no substitute'),
        ...termFromProps(props),
      };
    case 'RESOURCE_FLOW': {
      const amount = storedNumber(props.amount);
      if (amount === undefined) reading.unreadable('relationship', meta.id, 'amount', props.amount, 'shown without an amount');
      return {
        ...meta,
        kind,
        resource: checked('resource', props.resource, isResourceKind, 'other', 'shown as "other"'),
        amount: amount ?? null,
        unit: str(props.unit),
        period: str(props.period),
        ...termFromProps(props),
      };
    }
    case 'TRUSTS':
      return {
        ...meta,
        kind,
        level: checked('trust level', props.level, (value): value is number => typeof value === 'number' && value >= 1 && value <= 5, 3, 'shown with trust level 3'),
        reliability: optionalScore('reliability', props.reliability),
        missionSupport: optionalScore('mission support', props.missionSupport),
        openness: optionalScore('openness', props.openness),
        assessedAt: typeof props.assessedAt === 'string' ? props.assessedAt : null,
        assessedBy: str(props.assessedBy),
      };
  }
}

const isSubstitutability = (value: unknown): value is Substitutability => SUBSTITUTABILITY.some((option) => option === value);
const isResourceKind = (value: unknown): value is ResourceKind => RESOURCE_KINDS.some((option) => option === value);
