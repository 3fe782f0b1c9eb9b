// A warning a leader can act on: what kind, which parties and relationships it is about (so the
// map can show them), and a sentence that says it plainly.
import type { WarningKind, WarningThresholds } from '../../domain/insightSettings';
import type { InsightNetwork } from '../types';

export interface NetworkWarning {
  /** Stable while the same parties and relationships are involved: what a dismissal is stored by. */
  readonly key: string;
  readonly kind: WarningKind;
  readonly parties: readonly string[];
  readonly relationships: readonly string[];
  readonly message: string;
  /** Words of the parties' own, quoted in the message (competing interests' two stances). */
  readonly quotes?: readonly string[];
}

export interface WarningOptions {
  readonly thresholds?: Partial<WarningThresholds>;
  /** The day to measure trust's age from, as 2026-03-31 (default: today, in UTC). */
  readonly today?: string;
}

export interface ResolvedWarningOptions {
  readonly thresholds: WarningThresholds;
  readonly today: string;
}

export type WarningRule = {
  /** A short name for the kind, for a chart's axis or a list's heading. */
  readonly label: string;
  /** What it means and why it matters, in a sentence. */
  readonly explains: string;
  readonly find: (network: InsightNetwork, options: ResolvedWarningOptions) => NetworkWarning[];
};
