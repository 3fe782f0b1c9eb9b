// No redundancy: a patient, client or family group gets a service, or a kind of resource, from one
// provider only (and has not said substitutes are readily available). If that provider steps
// away, the people with the fewest alternatives go without (DESIGN.md §1).
import { serviceKey, soleProvisions } from '../soleProviders';
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer } from './warningText';

export function noRedundancy(network: InsightNetwork, _options: ResolvedWarningOptions): NetworkWarning[] {
  const external = new Set(network.parties.filter((party) => party.side === 'external').map((party) => party.id));
  const nameOf = namer(network);
  return soleProvisions(network)
    .filter((provision) => external.has(provision.dependent))
    .map((provision) => ({
      key: `no-redundancy:${provision.dependent}:${provision.kind}:${provision.kind === 'service' ? serviceKey(provision.what) : provision.what}`,
      kind: 'no-redundancy' as const,
      parties: [provision.dependent, provision.provider],
      relationships: provision.relationships,
      message:
        provision.kind === 'service'
          ? `${nameOf(provision.dependent)}: only ${nameOf(provision.provider)} provides ${provision.what}.`
          : `${nameOf(provision.dependent)}: only ${nameOf(provision.provider)} supplies ${provision.what === 'other' ? 'other resources' : provision.what}.`,
    }));
}
