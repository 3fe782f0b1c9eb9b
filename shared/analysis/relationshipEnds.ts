// Resolves every relationship's two ends to party indices once, checking them, so later passes
// (dependency pairs, trust) never look an id up again: on a million relationships the id lookups
// are the largest part of compiling.
import { checkEnds } from './checkRelationship';
import type { PartyIndex } from './indexParties';
import type { ImpactRelationship } from './types';

export interface RelationshipEnds {
  readonly source: Int32Array;
  readonly target: Int32Array;
}

export function relationshipEnds(index: PartyIndex, relationships: readonly ImpactRelationship[]): RelationshipEnds {
  if (!Array.isArray(relationships)) throw new TypeError('The network needs a list of relationships.');
  const source = new Int32Array(relationships.length);
  const target = new Int32Array(relationships.length);
  for (let i = 0; i < relationships.length; i++) {
    const [from, to] = checkEnds(index, relationships[i]!);
    source[i] = from;
    target[i] = to;
  }
  return { source, target };
}
