// One-sided trust: A trusts B highly (at or above the high threshold) while B's trust in A is low
// (at or below the low threshold). A is counting on a partner that does not count on it back.
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer, pairKey, score, trustBetween } from './warningText';

export function oneSidedTrust(network: InsightNetwork, { thresholds }: ResolvedWarningOptions): NetworkWarning[] {
  const trust = trustBetween(network);
  const nameOf = namer(network);
  const warnings: NetworkWarning[] = [];
  for (const [key, given] of trust) {
    if (given.level < thresholds.highTrust) continue;
    const [source, target] = key.split('>') as [string, string];
    const back = trust.get(pairKey({ source: target, target: source }));
    if (!back || back.level > thresholds.lowTrust) continue;
    warnings.push({
      key: `one-sided-trust:${key}`,
      kind: 'one-sided-trust',
      parties: [source, target],
      relationships: [...given.relationships, ...back.relationships],
      message: `${nameOf(source)} trusts ${nameOf(target)} ${score(given.level)} of 5, but ${nameOf(target)} trusts ${nameOf(source)} only ${score(back.level)} of 5.`,
    });
  }
  return warnings;
}
