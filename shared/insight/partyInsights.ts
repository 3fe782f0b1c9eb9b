// Every per-party metric of issue 11 in one record per party, in input order: relationships by
// kind, reliance counts, mean trust, betweenness, single point of failure (and why, in words) and,
// once the cascade's criticality ranking is known (withHarm), harm and rank.
import type { PartySide } from '../domain/constants';
import type { PartyCriticality } from '../analysis/criticalityRanking';
import { TRUST_MAX } from '../analysis/modelConstants';
import { degree } from './adjacency';
import { betweennessScores } from './betweenness';
import { articulationOf } from './cutVertices';
import type { CutOff } from './cutVertices';
import { meanTrustAt, trustMeans } from './meanTrust';
import { networkIndex } from './networkIndex';
import { countByKind, kindCountsAt } from './relationshipCounts';
import type { KindCounts } from './relationshipCounts';
import { describeProvision, soleProvisions } from './soleProviders';
import type { SoleProvision } from './soleProviders';
import type { InsightNetwork } from './types';

// How many of the parties a cut vertex separates are named.
const CUT_OFF_SAMPLE = 5;

export interface SoleProvisionText extends Omit<SoleProvision, 'provider'> {
  /** "the only provider of client transport to IOP clients" */
  readonly text: string;
}

export interface PartyInsight {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  readonly relationships: KindCounts;
  /** How many parties rely on it, and on how many it relies (distinct parties). */
  readonly reliedOnBy: number;
  readonly reliesOn: number;
  readonly meanTrustGiven: number | null;
  readonly meanTrustReceived: number | null;
  /** meanTrustReceived as a percentage of the maximum, as PARTNER reports it. */
  readonly trustReceivedPercent: number | null;
  readonly betweenness: number;
  readonly cutVertex: boolean;
  /** Who its removal would separate from the rest; null unless it is a cut vertex. */
  readonly cutOff: CutOff | null;
  readonly soleProviderOf: readonly SoleProvisionText[];
  readonly singlePointOfFailure: boolean;
  /** Why it is a single point of failure, in words; empty when it is not. */
  readonly reasons: readonly string[];
  /** From the criticality ranking (DESIGN.md §4.12); null until it is known. */
  readonly harm: number | null;
  readonly harmMargin: number | null;
  readonly criticalityRank: number | null;
}

export function partyInsights(network: InsightNetwork): PartyInsight[] {
  const index = networkIndex(network);
  const counts = countByKind(index);
  const trust = trustMeans(index);
  const central = betweennessScores(index);
  const cut = articulationOf(index);
  const provides: SoleProvision[][] = network.parties.map(() => []);
  for (const provision of soleProvisions(network)) provides[index.indexOf.get(provision.provider)!]!.push(provision);
  const nameOf = (id: string) => network.parties[index.indexOf.get(id) ?? -1]?.name ?? id;
  return network.parties.map(({ id, name, side, type }, v) => {
    const { given, received } = meanTrustAt(trust, v);
    const soleProviderOf = provides[v]!.map(({ provider: _provider, ...provision }) => ({ ...provision, text: describeProvision({ provider: id, ...provision }, nameOf) }));
    let pieces: CutOff | null = null;
    if (cut.isCut[v]) {
      const { count, sample } = cut.cutOff(v, CUT_OFF_SAMPLE);
      pieces = { count, sample: sample.map((w) => network.parties[w]!.id) };
    }
    const reasons = [...(pieces ? [describeCutOff(pieces, nameOf)] : []), ...soleProviderOf.map((provision) => provision.text)];
    return {
      id,
      name,
      side,
      type,
      relationships: kindCountsAt(counts, v),
      reliedOnBy: degree(index.relianceIn, v),
      reliesOn: degree(index.relianceOut, v),
      meanTrustGiven: given,
      meanTrustReceived: received,
      trustReceivedPercent: received === null ? null : (100 * received) / TRUST_MAX,
      betweenness: central[v]!,
      cutVertex: pieces !== null,
      cutOff: pieces,
      soleProviderOf,
      singlePointOfFailure: reasons.length > 0,
      reasons,
      harm: null,
      harmMargin: null,
      criticalityRank: null,
    };
  });
}

/** "holds the network together: without it, IOP clients and Families of IOP clients lose every reliance and resource link to the rest" */
export function describeCutOff(pieces: CutOff, nameOf: (id: string) => string): string {
  const named = pieces.sample.slice(0, 3).map(nameOf);
  const others = pieces.count - named.length;
  const who = others > 0 ? `${named.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0] ?? '';
  return `holds the network together: without it, ${who} ${pieces.count === 1 ? 'loses' : 'lose'} every reliance and resource link to the rest`;
}

/** The same records with harm and rank from the cascade's criticality ranking. */
export function withHarm(parties: readonly PartyInsight[], ranking: readonly PartyCriticality[]): PartyInsight[] {
  const ranked = new Map(ranking.map((entry, position) => [entry.id, { entry, rank: position + 1 }]));
  return parties.map((party) => {
    const found = ranked.get(party.id);
    return found ? { ...party, harm: found.entry.harm, harmMargin: found.entry.harmMargin, criticalityRank: found.rank } : party;
  });
}
