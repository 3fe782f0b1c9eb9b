// The withdrawal-impact model of DESIGN.md §4: compile a network once, then simulate, explain
// and rank as often as needed.
export type { ImpactNetwork, ImpactParty, ImpactRelationship, ImpactReliance, ImpactResourceFlow, ImpactTrust } from './types';
export { compileNetwork } from './compileNetwork';
export type { CompiledNetwork } from './compileNetwork';
export { dependencyWeights } from './dependencyWeights';
export type { DependencyWeight } from './dependencyWeights';
export { simulateWithdrawal, WithdrawalSimulation } from './simulateWithdrawal';
export type { ImpactClass, PartyImpact, WithdrawalEstimate, WithdrawalOutcomes, WithdrawalQuestion, WithdrawalResult, WithdrawalSummary } from './simulateWithdrawal';
export type { DistributionBar, OutcomeRange } from './sampleStatistics';
export { describeChance, describeLoss, describeOutcomes, describePrecision, formatChance, whatIsLost } from './describeOutcomes';
export { DEFAULT_SIMULATION_OPTIONS, resolveSimulationOptions } from './simulationOptions';
export type { ResolvedSimulationOptions, SimulationOptions } from './simulationOptions';
export type { ChainLink, ImpactChain } from './explainChains';
export { describeChain } from './describeChain';
export type { LostFlow, LostResource, ResourcesLost } from './resourcesLost';
export type { Mitigation, MitigationCandidate } from './mitigation';
export type { LostItem } from './mitigationIndex';
export { criticalityRanking, DEFAULT_EXTERNAL_WEIGHT } from './criticalityRanking';
export type { CriticalityOptions, PartyCriticality } from './criticalityRanking';
export { reachableFrom } from './reachableFrom';
export { compareScenarios } from './compareScenarios';
export type { ComparedParty, ComparedScenario, ComparisonPresence, PartyComparison, ScenarioComparison } from './compareScenarios';
export { UnknownPartyError } from './resolveWithdrawn';
export { UnknownRelationshipError } from './endRelationships';
export { generateNetwork } from './generateNetwork';
export { seededRandom } from './seededRandom';
export type { GenerateNetworkOptions } from './generateNetwork';
export { SUBSTITUTABILITY_FACTOR, NEUTRAL_TRUST } from './modelConstants';
