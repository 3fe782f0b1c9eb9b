// Relationships over time (issue 12), pure: agreements' terms, trust history and its trend, and
// the days they are dated by. Used by main, the renderer, the command line and the insight warnings.
export { agreementsEndingBefore, isAgreementKind, renewingBefore, termStatus } from './agreementTerms';
export type { MaybeAgreement, TermStatus } from './agreementTerms';
export { addDays, daysBetween, isDay, sayDay, todayDay } from './dates';
export { describeAgreement } from './describeAgreement';
export { groupByRelationship, trustAsOf, trustHistoryOf } from './trustHistory';
export type { CurrentTrust, TrustPoint } from './trustHistory';
export { FALLING_TREND_DROP, trustTrend, trustTrends } from './trustTrend';
export type { TrustDirection, TrustTrend } from './trustTrend';
