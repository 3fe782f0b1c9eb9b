// The cascade by its definition (DESIGN.md §4.2), for tests: every combination of live and dead
// uncertain dependency pairs (0 < d < 1), weighted by its probability; a party is lost in a
// combination when live pairs lead to it from a withdrawn party. Written without anything from
// the model but the dependency weights, so it can check the model's exact and sampled answers.
import { dependencyWeights } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';

export interface ExactCascade {
  /** I by party id (1 for the withdrawn). */
  readonly chance: Map<string, number>;
  /** Probability of each number of parties lost, withdrawn ones not counted: distribution[k]. */
  readonly distribution: number[];
}

export const MOST_UNCERTAIN_PAIRS = 16;

export function exactCascade(network: ImpactNetwork, withdrawn: readonly string[]): ExactCascade {
  const pairs = dependencyWeights(network).filter((pair) => pair.weight > 0);
  const uncertain = pairs.filter((pair) => pair.weight < 1);
  if (uncertain.length > MOST_UNCERTAIN_PAIRS) throw new Error(`Too many uncertain pairs to enumerate (${uncertain.length}).`);
  const chance = new Map(network.parties.map((party) => [party.id, 0]));
  const distribution = Array.from({ length: network.parties.length + 1 }, () => 0);
  for (let combination = 0; combination < 2 ** uncertain.length; combination++) {
    let probability = 1;
    uncertain.forEach((pair, bit) => {
      probability *= (combination >> bit) & 1 ? pair.weight : 1 - pair.weight;
    });
    const live = pairs.filter((pair) => pair.weight === 1 || (combination >> uncertain.indexOf(pair)) & 1);
    const lost = new Set(withdrawn);
    for (let grew = true; grew; ) {
      grew = false;
      for (const pair of live) {
        if (lost.has(pair.provider) && !lost.has(pair.dependent)) {
          lost.add(pair.dependent);
          grew = true;
        }
      }
    }
    for (const id of lost) chance.set(id, chance.get(id)! + probability);
    distribution[lost.size - new Set(withdrawn).size]! += probability;
  }
  return { chance, distribution };
}

/** The uncertain pairs of a network, to keep generated cases small enough to enumerate. */
export function uncertainPairCount(network: ImpactNetwork): number {
  return dependencyWeights(network).filter((pair) => pair.weight > 0 && pair.weight < 1).length;
}
