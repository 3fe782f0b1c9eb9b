// Input checks for one relationship, run while compiling so a bad edge fails loudly with its id
// instead of quietly skewing impacts.
import { CRITICALITY_MAX, SUBSTITUTABILITY_FACTOR, TRUST_MAX, resourceKindIndex } from './modelConstants';
import type { PartyIndex } from './indexParties';
import type { ImpactRelationship, ImpactReliance, ImpactResourceFlow, ImpactTrust } from './types';

export function checkEnds(index: PartyIndex, edge: ImpactRelationship): [number, number] {
  const source = index.indexOf.get(edge.source);
  const target = index.indexOf.get(edge.target);
  if (source === undefined) throw new Error(`Relationship "${edge.id}" starts at party "${edge.source}", which is not in the network.`);
  if (target === undefined) throw new Error(`Relationship "${edge.id}" ends at party "${edge.target}", which is not in the network.`);
  if (source === target) throw new Error(`Relationship "${edge.id}" connects party "${edge.source}" to itself.`);
  return [source, target];
}

export function checkReliance(edge: ImpactReliance): void {
  if (!(edge.criticality >= 1 && edge.criticality <= CRITICALITY_MAX)) {
    throw new RangeError(`Relationship "${edge.id}" has criticality ${edge.criticality}; it must be from 1 to 5.`);
  }
  if (!Object.hasOwn(SUBSTITUTABILITY_FACTOR, edge.substitutability)) {
    throw new RangeError(`Relationship "${edge.id}" has substitutability "${edge.substitutability}"; use none, limited or ready.`);
  }
}

export function checkFlow(edge: ImpactResourceFlow): number {
  const kind = resourceKindIndex(edge.resource);
  if (kind < 0) throw new RangeError(`Relationship "${edge.id}" carries an unknown resource kind "${edge.resource}".`);
  if (edge.amount !== null && !(Number.isFinite(edge.amount) && edge.amount >= 0)) {
    throw new RangeError(`Relationship "${edge.id}" has amount ${edge.amount}; it must be a number of at least 0, or null when unknown.`);
  }
  return kind;
}

export function checkTrust(edge: ImpactTrust): void {
  if (!(edge.level >= 1 && edge.level <= TRUST_MAX)) {
    throw new RangeError(`Relationship "${edge.id}" has trust level ${edge.level}; it must be from 1 to 5.`);
  }
}
