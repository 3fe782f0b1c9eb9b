// Everything network insight says about one network: every party's metrics, the network's
// scores and the warnings. The harm from the cascade is added when a criticality ranking is
// given (it is the slow part, so callers that show the rest first leave it out and add it later).
import type { PartyCriticality } from '../analysis/criticalityRanking';
import { networkScores } from './networkScores';
import type { NetworkScores } from './networkScores';
import { partyInsights, withHarm } from './partyInsights';
import type { PartyInsight } from './partyInsights';
import type { InsightNetwork } from './types';
import { findWarnings, resolveWarningOptions } from './warnings';
import type { NetworkWarning, WarningOptions } from './warnings';

export interface InsightReport {
  readonly parties: readonly PartyInsight[];
  readonly network: NetworkScores;
  readonly warnings: readonly NetworkWarning[];
}

export interface InsightReportOptions extends WarningOptions {
  readonly ranking?: readonly PartyCriticality[];
}

export function insightReport(network: InsightNetwork, options: InsightReportOptions = {}): InsightReport {
  const { ranking, ...warningOptions } = options;
  const resolved = resolveWarningOptions(warningOptions);
  const parties = partyInsights(network);
  return {
    parties: ranking ? withHarm(parties, ranking) : parties,
    network: networkScores(network, { lowTrust: resolved.thresholds.lowTrust }),
    warnings: findWarnings(network, resolved),
  };
}
