// What the results panel and the map need from a withdrawal simulation, as plain data small
// enough to post from the worker: the summary, the affected parties in the model's order (most
// vulnerable first) with their explanation in words, and each party's impact for colouring.
// Built in the worker from the model's result; only the first rows of each list are sent, the
// rest on request (a statewide hub can affect tens of thousands of parties).
import { describeChain, harmByOrganisation, whatIsLost } from '../../../../shared/analysis';
import type { ImpactClass, LostResource, OrganisationHarm, PartyImpact, WithdrawalEstimate, WithdrawalOutcomes, WithdrawalResult, WithdrawalSummary } from '../../../../shared/analysis';
import type { MemberLink, PartySide } from '../../../../shared/domain';

export type Thresholds = { affectedThreshold: number; disruptedThreshold: number };

export type ChainView = { sentence: string; partyIds: string[]; relationshipIds: string[]; strength: number; losing: string };

export type CandidateView = { id: string; name: string; trust: number; trustStated: boolean; impact: number };

export type MitigationView = { lost: string; lostKind: 'service' | 'resource'; from: string[]; severity: number; candidates: CandidateView[] };

export type ImpactRow = {
  id: string;
  name: string;
  side: PartySide;
  type: string;
  impact: number;
  margin: number;
  impactClass: ImpactClass;
  hops: number | null;
  risk: number;
  mayStepAway: boolean;
  meanTrust: number | null;
  chain: ChainView | null;
  mitigation: MitigationView[];
};

/** What stops flowing, by kind, unit and period, with the flows of unrecorded size counted whole. */
export type LostResourceView = LostResource & {
  /** Flows of unrecorded size from withdrawn parties: lost outright. */
  unrecordedLost: number;
  /** Flows of unrecorded size from affected parties: at risk. */
  unrecordedAtRisk: number;
};

export type RowSection = 'external' | 'others';
export type RowPage = { rows: ImpactRow[]; total: number };

export type SimulationView = {
  withdrawn: { id: string; name: string }[];
  thresholds: Thresholds;
  estimate: WithdrawalEstimate;
  outcomes: WithdrawalOutcomes;
  summary: WithdrawalSummary;
  resourcesLost: LostResourceView[];
  external: RowPage;
  others: RowPage;
  /** Every party's impact and class, for colouring the map. */
  impactById: Record<string, number>;
  classById: Record<string, ImpactClass>;
  /** Agreements that ended (§4.9), in words, and those asked for that are no longer in the network. */
  agreements: AgreementsView;
  /** Fewest dependency hops from a withdrawn party, for every party reached (a presentation reveals them hop by hop). */
  hopsById: Record<string, number>;
  /** The harm grouped by organisation: "Cedar Bend Memorial: 5 of 12 departments disrupted". */
  organisations: OrganisationHarm[];
};

export type AgreementsView = { ended: { id: string; label: string }[]; missing: string[] };

export const NO_AGREEMENTS: AgreementsView = { ended: [], missing: [] };

export const FIRST_PAGE_ROWS = 150;

const isAffected = (entry: PartyImpact) => entry.impactClass === 'affected' || entry.impactClass === 'disrupted';

/** The affected parties of one section, in the model's order. */
export function sectionParties(result: WithdrawalResult, section: RowSection): PartyImpact[] {
  return result.parties.filter((entry) => isAffected(entry) && (entry.side === 'external') === (section === 'external'));
}

export function toImpactRow(entry: PartyImpact, nameOf: (id: string) => string): ImpactRow {
  const chain = entry.chain;
  return {
    id: entry.id,
    name: entry.name,
    side: entry.side,
    type: entry.type,
    impact: entry.impact,
    margin: entry.margin,
    impactClass: entry.impactClass,
    hops: entry.hops,
    risk: entry.risk,
    mayStepAway: entry.mayStepAway,
    meanTrust: entry.meanTrust,
    chain:
      chain === null
        ? null
        : {
            sentence: describeChain(chain),
            partyIds: [...chain.parties],
            relationshipIds: chain.links.flatMap((link) => link.relationshipIds),
            strength: chain.strength,
            losing: whatIsLost(chain),
          },
    mitigation: entry.mitigation.map((need) => ({
      lost: need.lost.kind === 'service' ? need.lost.service : need.lost.resource,
      lostKind: need.lost.kind,
      from: need.from.map(nameOf),
      severity: need.severity,
      candidates: need.candidates.map(({ id, name, trust, trustStated, impact }) => ({ id, name, trust, trustStated, impact })),
    })),
  };
}

// The model counts a flow of unknown size by its expected share ("0.1 flows"); a person counts
// flows. Reading `flows` builds them, so it happens only when some flow has no size.
function lostResourceViews(lost: WithdrawalResult['resourcesLost']): LostResourceView[] {
  const counts = new Map<string, { lost: number; atRisk: number }>();
  const keyOf = (item: { resource: string; unit: string; period: string }) => `${item.resource}|${item.unit}|${item.period}`;
  if (lost.byKind.some((total) => total.flowsWithoutAmount > 0)) {
    for (const flow of lost.flows) {
      if (flow.amount !== null) continue;
      const count = counts.get(keyOf(flow)) ?? { lost: 0, atRisk: 0 };
      if (flow.direct) count.lost++;
      else count.atRisk++;
      counts.set(keyOf(flow), count);
    }
  }
  return lost.byKind.map((total) => ({ ...total, unrecordedLost: counts.get(keyOf(total))?.lost ?? 0, unrecordedAtRisk: counts.get(keyOf(total))?.atRisk ?? 0 }));
}

export function toSimulationView(
  result: WithdrawalResult,
  nameOf: (id: string) => string,
  firstRows = FIRST_PAGE_ROWS,
  agreements: AgreementsView = NO_AGREEMENTS,
  memberships: readonly (MemberLink & { name: string })[] = [],
): SimulationView {
  const page = (section: RowSection): RowPage => {
    const entries = sectionParties(result, section);
    return { rows: entries.slice(0, firstRows).map((entry) => toImpactRow(entry, nameOf)), total: entries.length };
  };
  const impactById: Record<string, number> = {};
  const classById: Record<string, ImpactClass> = {};
  const hopsById: Record<string, number> = {};
  for (const entry of result.parties) {
    impactById[entry.id] = entry.impact;
    classById[entry.id] = entry.impactClass;
    if (entry.hops !== null) hopsById[entry.id] = entry.hops;
  }
  return {
    withdrawn: result.withdrawn.map((id) => ({ id, name: nameOf(id) })),
    thresholds: { affectedThreshold: result.options.affectedThreshold, disruptedThreshold: result.options.disruptedThreshold },
    estimate: result.estimate,
    outcomes: result.outcomes,
    summary: result.summary,
    resourcesLost: lostResourceViews(result.resourcesLost),
    external: page('external'),
    others: page('others'),
    impactById,
    classById,
    agreements,
    hopsById,
    organisations: harmByOrganisation(memberships, result),
  };
}
