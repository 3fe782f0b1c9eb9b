// DESIGN.md §4.7: the resources that stop flowing. Every flow out of a withdrawn party is lost
// outright; a flow out of an affected party is lost in proportion to that party's impact I.
// Flows into withdrawn parties are left out: the recipient has left too.
//
// Amounts only add up within one resource kind, unit and period (FTE and volunteer drivers are
// both "staff"). A flow of unknown amount cannot be added to amounts, so it is counted instead:
// every lost flow adds its share (1, or I of its source) to the flow counts — the expected number
// of flows lost — and unknown ones also to `flowsWithoutAmount`, which says how far the amounts
// undercount.
import { RESOURCE_KINDS } from '../domain/constants';
import type { ResourceKind } from '../domain/constants';
import type { CompiledNetwork } from './compileNetwork';
import type { ImpactResourceFlow } from './types';

export interface LostFlow {
  readonly relationshipId: string;
  readonly source: string;
  readonly recipient: string;
  readonly resource: ResourceKind;
  readonly amount: number | null;
  readonly unit: string;
  readonly period: string;
  /** True when the source itself withdrew. */
  readonly direct: boolean;
  /** Fraction of the flow lost: 1 from a withdrawn source, I(source) from an affected one. */
  readonly share: number;
  /** amount × share, or null when the amount is unknown. */
  readonly lostAmount: number | null;
}

export interface LostResource {
  readonly resource: ResourceKind;
  readonly unit: string;
  readonly period: string;
  readonly directAmount: number;
  readonly indirectAmount: number;
  readonly directFlows: number;
  readonly indirectFlows: number;
  readonly flowsWithoutAmount: number;
}

export interface ResourcesLost {
  /**
   * Every lost flow, largest loss first. Built on first read (an accessor): on a large network
   * this runs to hundreds of thousands of objects that most callers never look at.
   */
  readonly flows: readonly LostFlow[];
  readonly byKind: readonly LostResource[];
}

export function resourcesLost(
  compiled: CompiledNetwork,
  impact: Float64Array,
  isWithdrawn: Uint8Array,
  affectedThreshold: number,
): ResourcesLost {
  const { parties, relationships } = compiled.network;
  const { dependentsOffsets, dependentsPairs, pairDependent, reasonOffsets, reasonRelationships, reasonKind, nameRank } = compiled;
  // Gathered as numbers from the compiled arrays and sorted before any object is made: on a
  // large network this list runs to hundreds of thousands of flows.
  const lost: number[] = [];
  const kinds: number[] = [];
  const shares: number[] = [];
  const sources: number[] = [];
  const recipients: number[] = [];
  const direct: number[] = [];
  for (let source = 0; source < compiled.partyCount; source++) {
    if (!isWithdrawn[source] && !(impact[source]! >= affectedThreshold)) continue;
    const share = isWithdrawn[source] ? 1 : impact[source]!;
    for (let q = dependentsOffsets[source]!, end = dependentsOffsets[source + 1]!; q < end; q++) {
      const pair = dependentsPairs[q]!;
      const recipient = pairDependent[pair]!;
      if (isWithdrawn[recipient]) continue;
      for (let r = reasonOffsets[pair]!, stop = reasonOffsets[pair + 1]!; r < stop; r++) {
        if (reasonKind[r]! < 0) continue;
        lost.push(reasonRelationships[r]!);
        kinds.push(reasonKind[r]!);
        shares.push(share);
        sources.push(source);
        recipients.push(recipient);
        direct.push(isWithdrawn[source]!);
      }
    }
  }
  // The totals are added up in this order too, so they do not depend on whether `flows` is read.
  const order = Int32Array.from(lost.keys()).sort(
    (a, b) =>
      direct[b]! - direct[a]! ||
      kinds[a]! - kinds[b]! ||
      shares[b]! - shares[a]! ||
      nameRank[recipients[a]!]! - nameRank[recipients[b]!]! ||
      (relationships[lost[a]!]!.id < relationships[lost[b]!]!.id ? -1 : 1),
  );
  const flowAt = (k: number): LostFlow => {
    const flow = relationships[lost[k]!] as ImpactResourceFlow;
    const share = shares[k]!;
    return {
      relationshipId: flow.id,
      source: parties[sources[k]!]!.standsFor ?? parties[sources[k]!]!.id,
      recipient: parties[recipients[k]!]!.id,
      resource: flow.resource,
      amount: flow.amount,
      unit: flow.unit === undefined ? '' : flow.unit.trim(),
      period: flow.period === undefined ? '' : flow.period.trim(),
      direct: direct[k] === 1,
      share,
      lostAmount: flow.amount === null ? null : flow.amount * share,
    };
  };
  const byKind = totalsByKind(order, (k) => relationships[lost[k]!] as ImpactResourceFlow, shares, direct);
  let flows: readonly LostFlow[] | undefined;
  return {
    get flows() {
      return (flows ??= Array.from(order, flowAt));
    },
    byKind,
  };
}

function totalsByKind(
  order: Int32Array,
  flowOf: (k: number) => ImpactResourceFlow,
  shares: readonly number[],
  direct: readonly number[],
): LostResource[] {
  type Total = { -readonly [K in keyof LostResource]: LostResource[K] };
  // Nested maps rather than a joined string key: no string is built per flow.
  const totals = new Map<ResourceKind, Map<string, Map<string, Total>>>();
  const all: Total[] = [];
  for (const k of order) {
    const flow = flowOf(k);
    const unit = flow.unit === undefined ? '' : flow.unit.trim();
    const period = flow.period === undefined ? '' : flow.period.trim();
    const share = shares[k]!;
    let byUnit = totals.get(flow.resource);
    if (byUnit === undefined) totals.set(flow.resource, (byUnit = new Map()));
    let byPeriod = byUnit.get(unit);
    if (byPeriod === undefined) byUnit.set(unit, (byPeriod = new Map()));
    let total = byPeriod.get(period);
    if (total === undefined) {
      total = {
        resource: flow.resource,
        unit,
        period,
        directAmount: 0,
        indirectAmount: 0,
        directFlows: 0,
        indirectFlows: 0,
        flowsWithoutAmount: 0,
      };
      byPeriod.set(period, total);
      all.push(total);
    }
    const lost = flow.amount === null ? 0 : flow.amount * share;
    if (direct[k] === 1) {
      total.directAmount += lost;
      total.directFlows += share;
    } else {
      total.indirectAmount += lost;
      total.indirectFlows += share;
    }
    if (flow.amount === null) total.flowsWithoutAmount += share;
  }
  return all.sort(
    (a, b) =>
      RESOURCE_KINDS.indexOf(a.resource) - RESOURCE_KINDS.indexOf(b.resource) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
}
