// What network insight reads: the withdrawal model's input (shared/analysis/types.ts) plus the
// parties' interests and the date each trust rating was assessed. The domain `NetworkGraph` and a
// parsed network document both fit these shapes as they are, so callers pass them without copying.
import type { ImpactParty, ImpactReliance, ImpactResourceFlow, ImpactTrust } from '../analysis/types';
import type { Interest } from '../domain/party';

export interface InsightParty extends ImpactParty {
  readonly interests?: readonly Interest[];
}

export interface InsightTrust extends ImpactTrust {
  /** ISO date (2026-03-31) the rating was assessed; null or missing when nobody recorded it. */
  readonly assessedAt?: string | null;
}

export type InsightRelationship = ImpactReliance | ImpactResourceFlow | InsightTrust;

export interface InsightNetwork {
  readonly parties: readonly InsightParty[];
  readonly relationships: readonly InsightRelationship[];
}
