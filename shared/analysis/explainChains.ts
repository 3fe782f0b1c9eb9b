// Turns the strongest-chain pointers into plain chains with a reason per link, ready for the UI
// and the command line. Chains share their tails, so each link object is built once and reused.
import { RESOURCE_KINDS } from '../domain/constants';
import type { PartySide, ResourceKind } from '../domain/constants';
import type { CompiledNetwork } from './compileNetwork';

/** One link A ← B of a chain: A depends on B, for these reasons. */
export interface ChainLink {
  readonly dependentId: string;
  readonly dependentName: string;
  readonly dependentSide: PartySide;
  readonly providerId: string;
  readonly providerName: string;
  readonly providerWithdrawn: boolean;
  /** The link is an agreement that ended (§4.9); the provider itself is still there. */
  readonly providerEnded: boolean;
  /** d(A←B). */
  readonly weight: number;
  /** Services A relies on B for (trimmed, sorted). */
  readonly services: readonly string[];
  /** Resource kinds B sends A, in the standard order. */
  readonly resources: readonly ResourceKind[];
  /** The RELIES_ON and RESOURCE_FLOW relationships behind the link, for highlighting on the map. */
  readonly relationshipIds: readonly string[];
}

export interface ImpactChain {
  /** Party ids from the affected party back to the withdrawn party it leads to. */
  readonly parties: readonly string[];
  readonly links: readonly ChainLink[];
  /** Product of the link weights: how strongly this chain alone transmits the withdrawal. */
  readonly strength: number;
}

/**
 * Returns a function that builds one party's chain on demand (null for withdrawn and unreached
 * parties). Chains are built per party when asked for, not for every affected party up front:
 * on a large network most of them are never read. Links are cached, so chains still share
 * their tails.
 */
export function chainExplainer(compiled: CompiledNetwork, via: Int32Array, isWithdrawn: Uint8Array): (start: number) => ImpactChain | null {
  const links: Array<ChainLink | undefined> = [];
  return (start) => {
    if (via[start] === -1) return null;
    const parties = [compiled.network.parties[start]!.id];
    const chain: ChainLink[] = [];
    let strength = 1;
    for (let at = start; via[at] !== -1; at = compiled.pairProvider[via[at]!]!) {
      const link = (links[at] ??= describeLink(compiled, via[at]!, isWithdrawn));
      chain.push(link);
      parties.push(link.providerId);
      strength *= link.weight;
    }
    return { parties, links: chain, strength };
  };
}

const NOTHING: readonly never[] = Object.freeze([]);

function describeLink(compiled: CompiledNetwork, pair: number, isWithdrawn: Uint8Array): ChainLink {
  const { parties, relationships } = compiled.network;
  const dependent = parties[compiled.pairDependent[pair]!]!;
  const providerIndex = compiled.pairProvider[pair]!;
  const provider = parties[providerIndex]!;
  const services: string[] = [];
  const resources: ResourceKind[] = [];
  const relationshipIds: string[] = [];
  for (let r = compiled.reasonOffsets[pair]!, end = compiled.reasonOffsets[pair + 1]!; r < end; r++) {
    const relationship = relationships[compiled.reasonRelationships[r]!]!;
    relationshipIds.push(relationship.id);
    if (relationship.kind === 'RELIES_ON') services.push(relationship.service.trim());
    else if (relationship.kind === 'RESOURCE_FLOW') resources.push(relationship.resource);
  }
  return {
    dependentId: dependent.id,
    dependentName: dependent.name,
    dependentSide: dependent.side,
    providerId: provider.standsFor ?? provider.id,
    providerName: provider.name,
    providerWithdrawn: isWithdrawn[providerIndex] === 1 && provider.standsFor === undefined,
    providerEnded: provider.standsFor !== undefined,
    weight: compiled.pairWeight[pair]!,
    services: services.length === 0 ? NOTHING : [...new Set(services)].sort(byCodeUnits),
    resources: resources.length === 0 ? NOTHING : RESOURCE_KINDS.filter((kind) => resources.includes(kind)),
    relationshipIds: relationshipIds.sort(byCodeUnits),
  };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
