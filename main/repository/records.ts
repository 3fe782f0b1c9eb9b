// Converts between stored Neo4j properties and domain objects. Neo4j drops null properties,
// so a missing property reads back as the field's empty value.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { interestFromText, interestToText, RESOURCE_KINDS } from '../../shared/domain';
import type {
  Network,
  Party,
  PartyFields,
  Relationship,
  RelationshipFields,
  RelationshipKind,
} from '../../shared/domain';

export type Props = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const strList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function toInt(value: number): Integer {
  return neo4j.int(value);
}

export function networkFromProps(props: Props): Network {
  return {
    id: str(props.id),
    name: str(props.name),
    description: str(props.description),
    createdAt: str(props.createdAt),
    updatedAt: str(props.updatedAt),
  };
}

// `partOf` is not a property: membership is a PART_OF relationship (memberships.ts).
export function partyFieldsToProps(fields: PartyFields): Props {
  return {
    name: fields.name,
    side: fields.side,
    type: fields.type,
    tags: fields.tags,
    notes: fields.notes,
    interests: fields.interests.map(interestToText),
    x: fields.x,
    y: fields.y,
  };
}

export function partyFromProps(props: Props): Party {
  return {
    id: str(props.id),
    networkId: str(props.networkId),
    name: str(props.name),
    side: props.side === 'external' ? 'external' : 'internal',
    type: str(props.type, 'other'),
    tags: strList(props.tags),
    notes: str(props.notes),
    interests: strList(props.interests).map(interestFromText),
    x: num(props.x),
    y: num(props.y),
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

export function relationshipFromRecord(kind: RelationshipKind, props: Props, source: string, target: string): Relationship {
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
  switch (kind) {
    case 'RELIES_ON':
      return {
        ...meta,
        kind,
        service: str(props.service),
        criticality: num(props.criticality) ?? 3,
        substitutability: props.substitutability === 'limited' || props.substitutability === 'ready' ? props.substitutability : 'none',
      };
    case 'RESOURCE_FLOW':
      return {
        ...meta,
        kind,
        resource: RESOURCE_KINDS.find((resource) => resource === props.resource) ?? 'other',
        amount: num(props.amount),
        unit: str(props.unit),
        period: str(props.period),
      };
    case 'TRUSTS':
      return {
        ...meta,
        kind,
        level: num(props.level) ?? 3,
        reliability: num(props.reliability),
        missionSupport: num(props.missionSupport),
        openness: num(props.openness),
        assessedAt: typeof props.assessedAt === 'string' ? props.assessedAt : null,
      };
  }
}
