// The withdrawal-impact model's input, independent of storage. The domain `Party` and
// `Relationship` (shared/domain) and a network document's parties and relationships all fit
// these shapes as they are, so callers pass them without copying.
import type { PartySide, ResourceKind, Substitutability } from '../domain/constants';

export interface ImpactParty {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  /**
   * The organisation the party is part of (issue 15). The cascade does not read it: withdrawing an
   * organisation is withdrawing it and everyone inside it (organisations.ts), decided before the model runs.
   */
  readonly partOf?: string | null;
  /**
   * Set only on the stand-in for an ended agreement (DESIGN.md §4.9, endRelationships.ts): the id
   * of the party that provided it, which is what people should read wherever the stand-in shows.
   */
  readonly standsFor?: string;
}

interface RelationshipEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** source relies on target for `service`. */
export interface ImpactReliance extends RelationshipEnds {
  readonly kind: 'RELIES_ON';
  readonly service: string;
  readonly criticality: number;
  readonly substitutability: Substitutability;
}

/** source provides `resource` to target; a null amount is unknown (DESIGN.md §4.1). */
export interface ImpactResourceFlow extends RelationshipEnds {
  readonly kind: 'RESOURCE_FLOW';
  readonly resource: ResourceKind;
  readonly amount: number | null;
  readonly unit?: string;
  readonly period?: string;
}

/** source's trust in target; carries no dependency. */
export interface ImpactTrust extends RelationshipEnds {
  readonly kind: 'TRUSTS';
  readonly level: number;
}

export type ImpactRelationship = ImpactReliance | ImpactResourceFlow | ImpactTrust;

export interface ImpactNetwork {
  readonly parties: readonly ImpactParty[];
  readonly relationships: readonly ImpactRelationship[];
}
