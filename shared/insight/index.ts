// Network insight (issue 11): where the network is fragile, where trust is thin, where agendas
// collide. Pure functions over a network ({ parties, relationships }, as the withdrawal model takes
// it, plus interests and trust dates), one metric per module, each returning plain { id: value }.
export type { InsightNetwork, InsightParty, InsightRelationship, InsightTrust } from './types';
export { betweenness } from './betweenness';
export type { BetweennessOptions } from './betweenness';
export { cutOff, cutVertices } from './cutVertices';
export type { CutOff, CutOffOptions } from './cutVertices';
export { describeProvision, soleProviders, soleProvisions } from './soleProviders';
export type { SoleProvision } from './soleProviders';
export { relationshipCounts } from './relationshipCounts';
export type { InOut, KindCounts } from './relationshipCounts';
export { relianceCounts } from './relianceCounts';
export type { RelianceCount } from './relianceCounts';
export { meanTrust } from './meanTrust';
export type { MeanTrust } from './meanTrust';
export { singlePointsOfFailure } from './singlePointsOfFailure';
export { networkScores } from './networkScores';
export type { NetworkScores, NetworkScoresOptions } from './networkScores';
export { subNetwork } from './subNetwork';
export type { SubNetworkChoice } from './subNetwork';
export { describeCutOff, partyInsights, withHarm } from './partyInsights';
export type { PartyInsight, SoleProvisionText } from './partyInsights';
export { findWarnings, resolveWarningOptions, WARNING_RULES } from './warnings';
export type { NetworkWarning, WarningOptions, WarningRule } from './warnings';
export { insightReport } from './insightReport';
export type { InsightReport, InsightReportOptions } from './insightReport';
