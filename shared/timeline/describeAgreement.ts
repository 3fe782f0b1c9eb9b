// An agreement in words, for the command line and the simulation panel:
// "Senior IOP's reliance on County Transit for client transport".
import type { RelationshipKind, ResourceKind } from '../domain';

interface Described {
  readonly id: string;
  readonly kind: RelationshipKind;
  readonly source: string;
  readonly target: string;
  readonly service?: string;
  readonly resource?: ResourceKind;
}

export function describeAgreement(relationship: Described, nameOf: (partyId: string) => string): string {
  if (relationship.kind === 'RELIES_ON') return `${nameOf(relationship.source)}'s reliance on ${nameOf(relationship.target)} for ${relationship.service ?? 'a service'}`;
  if (relationship.kind === 'RESOURCE_FLOW') return `${nameOf(relationship.source)}'s ${relationship.resource ?? 'resources'} to ${nameOf(relationship.target)}`;
  return `${nameOf(relationship.source)}'s trust in ${nameOf(relationship.target)}`;
}
