// The warning rules, one descriptor per kind in one registry (adding a kind touches this file and
// WARNING_KINDS), and findWarnings, which runs them all.
import { DEFAULT_WARNING_THRESHOLDS, WARNING_KINDS, warningThresholdsSchema } from '../../domain/insightSettings';
import type { WarningKind } from '../../domain/insightSettings';
import { networkIndex } from '../networkIndex';
import type { InsightNetwork } from '../types';
import { competingInterests } from './competingInterests';
import { heavyRelianceLowTrust } from './heavyRelianceLowTrust';
import { noRedundancy } from './noRedundancy';
import { noRelationships } from './noRelationships';
import { oneSidedTrust } from './oneSidedTrust';
import { staleTrust } from './staleTrust';
import type { NetworkWarning, ResolvedWarningOptions, WarningOptions, WarningRule } from './types';

export const WARNING_RULES: Readonly<Record<WarningKind, WarningRule>> = {
  'heavy-reliance-low-trust': {
    label: 'Heavy reliance, low trust',
    explains: 'A party relies on a partner for something critical yet rates its trust in that partner low.',
    find: heavyRelianceLowTrust,
  },
  'one-sided-trust': {
    label: 'One-sided trust',
    explains: 'A party trusts a partner highly, but the partner’s trust back is low.',
    find: oneSidedTrust,
  },
  'competing-interests': {
    label: 'Competing interests',
    explains: 'Two parties that rely on or supply each other state different stances on the same topic.',
    find: competingInterests,
  },
  'no-redundancy': {
    label: 'No redundancy',
    explains: 'A patient, client or family group gets a service or resource from one provider only.',
    find: noRedundancy,
  },
  'no-relationships': {
    label: 'No relationships',
    explains: 'A party on the map with no relationship to anyone.',
    find: noRelationships,
  },
  'stale-trust': {
    label: 'Trust not reassessed',
    explains: 'A trust rating older than the set time, or never dated.',
    find: staleTrust,
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function resolveWarningOptions(options: WarningOptions = {}): ResolvedWarningOptions {
  const parsed = warningThresholdsSchema.safeParse({ ...DEFAULT_WARNING_THRESHOLDS, ...options.thresholds });
  if (!parsed.success) throw new RangeError(`Warning thresholds: ${parsed.error.issues.map((issue) => issue.message).join(' ')}`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(today) || Number.isNaN(Date.parse(today))) throw new RangeError(`today must be a date like 2026-03-31 (got "${today}").`);
  return { thresholds: parsed.data, today };
}

/** Every warning, kind by kind in WARNING_KINDS order. */
export function findWarnings(network: InsightNetwork, options: WarningOptions = {}): NetworkWarning[] {
  networkIndex(network);
  const resolved = resolveWarningOptions(options);
  return WARNING_KINDS.flatMap((kind) => WARNING_RULES[kind].find(network, resolved));
}

export type { NetworkWarning, WarningOptions, WarningRule } from './types';
