// The messages between the page and the insight worker. The worker holds the open network (one
// revision at a time) and answers with plain reports: every party's metrics and the warnings,
// scores of a part of the network, and the harm ranking from the cascade.
import type { PartyCriticality } from '../../../shared/analysis';
import type { WarningThresholds } from '../../../shared/domain';
import type { InsightNetwork, InsightReport, NetworkScores } from '../../../shared/insight';

/** A part of the network by ids (plain arrays: they cross to the worker). */
export type PartChoice = { partyIds?: string[]; relationshipIds?: string[]; withoutParties?: string[] };

export type InsightRequest =
  | { type: 'load'; revision: number; network: InsightNetwork }
  | { type: 'report'; id: number; thresholds: WarningThresholds; today: string }
  | { type: 'scores'; id: number; part: PartChoice; lowTrust: number }
  | { type: 'harm'; id: number };

export type InsightReply =
  | { type: 'reported'; id: number; report: InsightReport; ms: number }
  | { type: 'scored'; id: number; scores: NetworkScores }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'ranked'; id: number; ranking: PartyCriticality[]; ms: number }
  | { type: 'failed'; id: number | null; message: string };
