// Heavy reliance with low trust: A relies on B for something critical (criticality at or above
// the heavy threshold) while A's own trust in B is at or below the low threshold. The two together
// are where a partnership is most likely to fail someone: A cannot do without B and does not
// believe B will deliver.
import type { ImpactReliance } from '../../analysis/types';
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer, pairKey, score, trustBetween } from './warningText';

export function heavyRelianceLowTrust(network: InsightNetwork, { thresholds }: ResolvedWarningOptions): NetworkWarning[] {
  const trust = trustBetween(network);
  const heavy = new Map<string, ImpactReliance[]>();
  for (const relationship of network.relationships) {
    if (relationship.kind !== 'RELIES_ON' || relationship.criticality < thresholds.heavyCriticality) continue;
    const key = pairKey(relationship);
    const rated = trust.get(key);
    if (!rated || rated.level > thresholds.lowTrust) continue;
    heavy.set(key, [...(heavy.get(key) ?? []), relationship]);
  }
  const nameOf = namer(network);
  return [...heavy].map(([key, reliances]) => {
    const { source, target } = reliances[0]!;
    const rated = trust.get(key)!;
    const services = reliances.map((reliance) => reliance.service).join(', ');
    const criticality = Math.max(...reliances.map((reliance) => reliance.criticality));
    return {
      key: `heavy-reliance-low-trust:${key}`,
      kind: 'heavy-reliance-low-trust' as const,
      parties: [source, target],
      relationships: [...reliances.map((reliance) => reliance.id), ...rated.relationships],
      message: `${nameOf(source)} relies heavily on ${nameOf(target)} for ${services} (criticality ${criticality} of 5) but trusts it only ${score(rated.level)} of 5.`,
    };
  });
}
