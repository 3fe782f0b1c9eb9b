// Compiles a network once into integer-indexed CSR arrays, so that many simulations (the UI on
// every click, the criticality ranking) reuse it. The compiled form keeps references to the
// input parties and relationships (for names, services and amounts) and never changes them;
// treat the input as immutable while the compiled form is in use.
import { checkTrust } from './checkRelationship';
import { offsetsForKeys, stableSortByKey } from './countingSort';
import { dependencyPairs } from './dependencyPairs';
import type { DependencyPairs } from './dependencyPairs';
import { indexParties } from './indexParties';
import type { PartyIndex } from './indexParties';
import { relationshipEnds } from './relationshipEnds';
import type { RelationshipEnds } from './relationshipEnds';
import { buildProviderIndex } from './mitigationIndex';
import type { ProviderIndex } from './mitigationIndex';
import type { ImpactNetwork, ImpactTrust } from './types';

export interface CompiledNetwork extends PartyIndex, DependencyPairs {
  readonly network: ImpactNetwork;
  readonly partyCount: number;
  /** Pairs in which B is the provider: dependentsPairs[dependentsOffsets[B] … dependentsOffsets[B + 1]). */
  readonly dependentsOffsets: Int32Array;
  readonly dependentsPairs: Int32Array;
  /** pairDependent[dependentsPairs[q]], stored flat because propagation walks it every round. */
  readonly dependentsParty: Int32Array;
  /** TRUSTS edges by truster: targets and levels at [trustOffsets[A], trustOffsets[A + 1]). */
  readonly trustOffsets: Int32Array;
  readonly trustTarget: Int32Array;
  readonly trustLevel: Float64Array;
  /** Who provides each service and resource kind, for mitigation. */
  readonly providers: ProviderIndex;
}

export function compileNetwork(network: ImpactNetwork): CompiledNetwork {
  if (network === null || typeof network !== 'object') throw new TypeError('compileNetwork needs a network.');
  const index = indexParties(network.parties);
  const ends = relationshipEnds(index, network.relationships);
  const pairs = dependencyPairs(index, network.relationships, ends);
  const n = network.parties.length;
  const dependentsPairs = stableSortByKey(pairs.pairProvider, n);
  return {
    network,
    partyCount: n,
    ...index,
    ...pairs,
    dependentsOffsets: offsetsForKeys(pairs.pairProvider, n),
    dependentsPairs,
    dependentsParty: dependentsPairs.map((pair) => pairs.pairDependent[pair]!),
    ...compileTrust(n, network, ends),
    providers: buildProviderIndex(pairs, network.relationships),
  };
}

function compileTrust(n: number, network: ImpactNetwork, ends: RelationshipEnds) {
  const trusting: number[] = [];
  network.relationships.forEach((edge, position) => {
    if (edge.kind !== 'TRUSTS') return;
    checkTrust(edge);
    trusting.push(position);
  });
  const sources = Int32Array.from(trusting, (position) => ends.source[position]!);
  const order = stableSortByKey(sources, n);
  return {
    trustOffsets: offsetsForKeys(sources, n),
    trustTarget: Int32Array.from(order, (edge) => ends.target[trusting[edge]!]!),
    trustLevel: Float64Array.from(order, (edge) => (network.relationships[trusting[edge]!] as ImpactTrust).level),
  };
}
