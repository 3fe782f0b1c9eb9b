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

// "County Transit's", but "IOP clients'".
const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

export function describeAgreement(relationship: Described, nameOf: (partyId: string) => string): string {
  const owner = possessive(nameOf(relationship.source));
  if (relationship.kind === 'RELIES_ON') return `${owner} reliance on ${nameOf(relationship.target)} for ${relationship.service ?? 'a service'}`;
  if (relationship.kind === 'RESOURCE_FLOW') return `${owner} ${relationship.resource ?? 'resources'} to ${nameOf(relationship.target)}`;
  return `${owner} trust in ${nameOf(relationship.target)}`;
}
