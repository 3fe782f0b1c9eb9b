// The RELIES_ON and RESOURCE_FLOW relationships as flat arrays, read once in input order and
// checked on the way, plus what each party receives of each resource kind (the denominators of
// the shares f_k in DESIGN.md §4.1).
import { CRITICALITY_MAX, RESOURCE_KIND_COUNT, SUBSTITUTABILITY_FACTOR } from './modelConstants';
import { checkFlow, checkReliance } from './checkRelationship';
import type { RelationshipEnds } from './relationshipEnds';
import type { ImpactRelationship } from './types';

export interface DependencyEdges {
  /** Per RELIES_ON or RESOURCE_FLOW, in input order: who depends on whom, and through what. */
  readonly dependent: Int32Array;
  readonly provider: Int32Array;
  readonly relationship: Int32Array;
  /** -1 for a RELIES_ON, else the resource kind's position. */
  readonly kind: Int8Array;
  /** (criticality / 5) × s for a RELIES_ON. */
  readonly reliance: Float64Array;
  /** A flow's amount; NaN when unknown. */
  readonly amount: Float64Array;
  /** Per (recipient, resource kind): sum of known amounts, number of flows, any unknown amount. */
  readonly totalAmount: Float64Array;
  readonly flowCount: Int32Array;
  readonly anyUnknown: Uint8Array;
}

export function collectDependencyEdges(n: number, relationships: readonly ImpactRelationship[], ends: RelationshipEnds): DependencyEdges {
  const m = relationships.length;
  const kinds = RESOURCE_KIND_COUNT;
  const substitutionFactor = SUBSTITUTABILITY_FACTOR;
  const dependent = new Int32Array(m);
  const provider = new Int32Array(m);
  const relationship = new Int32Array(m);
  const kind = new Int8Array(m);
  const reliance = new Float64Array(m);
  const amount = new Float64Array(m);
  const totalAmount = new Float64Array(n * kinds);
  const flowCount = new Int32Array(n * kinds);
  const anyUnknown = new Uint8Array(n * kinds);
  let count = 0;
  for (let position = 0; position < m; position++) {
    const edge = relationships[position]!;
    if (edge.kind === 'TRUSTS') continue;
    relationship[count] = position;
    if (edge.kind === 'RELIES_ON') {
      checkReliance(edge);
      dependent[count] = ends.source[position]!;
      provider[count] = ends.target[position]!;
      kind[count] = -1;
      reliance[count] = (edge.criticality / CRITICALITY_MAX) * substitutionFactor[edge.substitutability];
    } else if (edge.kind === 'RESOURCE_FLOW') {
      const k = checkFlow(edge);
      const slot = ends.target[position]! * kinds + k;
      dependent[count] = ends.target[position]!;
      provider[count] = ends.source[position]!;
      kind[count] = k;
      amount[count] = edge.amount ?? NaN;
      flowCount[slot]! += 1;
      if (edge.amount === null) anyUnknown[slot] = 1;
      else totalAmount[slot]! += edge.amount;
    } else {
      throw new Error(`Relationship "${(edge as { id: string }).id}" has an unknown kind.`);
    }
    count++;
  }
  return {
    dependent: dependent.subarray(0, count),
    provider: provider.subarray(0, count),
    relationship: relationship.subarray(0, count),
    kind: kind.subarray(0, count),
    reliance: reliance.subarray(0, count),
    amount: amount.subarray(0, count),
    totalAmount,
    flowCount,
    anyUnknown,
  };
}
