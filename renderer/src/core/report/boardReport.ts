// What the board report says, as plain data (the PDF is drawn from it in diagram/boardReportPdf.ts):
// a cover, the key numbers and, when a withdrawal simulation is shown, its one-line headline,
// the people hurt (patients, clients and families first) with the chain that hurts them, what
// stops flowing, who may step away, who could help, and the assumptions in plain words. The
// wording of chances, ranges and precision is the model's own (shared/analysis/describeOutcomes).
import { describeOutcomes, describePrecision, formatChance } from '../../../../shared/analysis';
import type { NetworkGraph } from '../../../../shared/domain';
import { countOf, formatNumber } from '../format/quantities';
import { describeCandidate, describeLoss, describeLostResource, describeRisk } from '../simulation/describeResults';
import type { ImpactRow, SimulationView } from '../simulation/simulationView';
import { networkNumbers } from './networkNumbers';
import type { KeyNumber } from './networkNumbers';

export type ReportItem = { text: string; details: string[] };
export type ReportSection = { title: string; intro: string | null; items: ReportItem[]; more: string | null };

export type BoardReport = {
  title: string;
  networkName: string;
  date: string;
  preparedBy: string;
  /** The simulation in one line, or null when none is shown. */
  headline: string | null;
  keyNumbers: KeyNumber[];
  sections: ReportSection[];
};

export type BoardReportInput = {
  graph: Pick<NetworkGraph, 'network' | 'parties' | 'relationships'>;
  title: string;
  date: string;
  preparedBy: string;
  /** The simulation on screen, with every affected row loaded so far (the view's and any more). */
  simulation: { view: SimulationView; external: readonly ImpactRow[]; others: readonly ImpactRow[] } | null;
};

// A board reads the most vulnerable in full; other parties are listed up to this many.
const MOST_OTHERS = 25;

const names = (list: readonly string[]) => (list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`);
const percent = (value: number) => `${Math.round(value * 100)}%`;

function headline(view: SimulationView): string {
  const who = names(view.withdrawn.map((party) => party.name));
  const outcome = describeOutcomes(view.outcomes.everyone, view.outcomes.external);
  return `If ${who} ${view.withdrawn.length === 1 ? 'withdraws' : 'withdraw'}: ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)}`;
}

function simulationNumbers(view: SimulationView): KeyNumber[] {
  const { summary, outcomes, thresholds } = view;
  return [
    { label: 'Withdrawn', value: names(view.withdrawn.map((party) => party.name)) },
    { label: 'Expected to lose what they need', value: `${formatNumber(outcomes.everyone.expected)} parties, ${formatNumber(outcomes.external.expected)} of them patients, clients or families` },
    { label: `Affected (a chance of ${percent(thresholds.affectedThreshold)} or more)`, value: `${countOf(summary.affected, 'party', 'parties')}, ${formatNumber(summary.externalAffected)} of them patients, clients or families` },
    { label: `Disrupted (${percent(thresholds.disruptedThreshold)} or more)`, value: `${countOf(summary.disrupted, 'party', 'parties')}, ${formatNumber(summary.externalDisrupted)} of them patients, clients or families` },
    { label: 'May step away too', value: countOf(summary.mayStepAway, 'party', 'parties') },
  ];
}

const hurtItem = (row: ImpactRow): ReportItem => ({
  text: `${row.name}: ${formatChance(row.impact)} chance of losing ${row.chain?.losing ?? 'what it needs'}`,
  details: row.chain ? [`Why: ${row.chain.sentence}`] : [],
});

function hurtSection(input: NonNullable<BoardReportInput['simulation']>): ReportSection {
  const { view } = input;
  const others = input.others.slice(0, MOST_OTHERS);
  const shown = input.external.length + others.length;
  const total = view.external.total + view.others.total;
  return {
    title: 'Who is hurt',
    intro: `Patients, clients and families first (${formatNumber(view.external.total)}), then everyone else affected (${formatNumber(view.others.total)}), most affected first. Each line gives the most likely chain that carries the loss to them.`,
    items: [...input.external.map(hurtItem), ...others.map(hurtItem)],
    more: shown < total ? `…and ${countOf(total - shown, 'more party', 'more parties')} less affected; Careweave lists them all.` : null,
  };
}

function helpSection(rows: readonly ImpactRow[]): ReportSection {
  const items = rows
    .filter((row) => row.impactClass === 'disrupted' && row.mitigation.length > 0)
    .map((row) => ({
      text: `${row.name}`,
      details: row.mitigation.map(
        (need) => `${describeLoss(need)}: ${need.candidates.length > 0 ? `could turn to ${names(need.candidates.map(describeCandidate))}` : 'nobody else on the map provides it'}.`,
      ),
    }));
  return {
    title: 'Who could help',
    intro: 'For each disrupted party and what it lost: the partners that already provide the same service or resource to someone, the ones it trusts most first.',
    items,
    more: items.length === 0 ? 'No party is disrupted, so nobody needs a replacement.' : null,
  };
}

function assumptions(view: SimulationView): ReportSection {
  const { thresholds, estimate } = view;
  const lines = [
    'A party depends on a partner when it relies on it for a service (more when the service is critical and hard to replace) or receives a share of its resources (more when that partner supplies most of them). Each dependency is a chance: if the partner leaves, how likely is the dependent left without what it needs.',
    'When a party withdraws, each dependency passes the loss on with its own chance, independently, and those left without may let down those who depend on them in turn. A party can be lost only once, so partners that rely on each other do not make each other’s loss worse (an independent cascade).',
    `A party counts as affected at a chance of ${percent(thresholds.affectedThreshold)} or more of losing what it needs, and as disrupted at ${percent(thresholds.disruptedThreshold)} or more.`,
    `${describePrecision(estimate)} The futures are seeded (seed ${estimate.seed}), so the same question always gives the same numbers.`,
    'A party may step away too when its chance of loss is high and its trust in the partners still at the table is low: risk = chance × (1 − mean trust ÷ 5), flagged at 0.3; a party that rated nobody counts as trusting them 3 of 5.',
    'Amounts at risk through affected partners are expected amounts: each of their flows times their chance of loss. Flows whose size was not recorded are counted, not added up.',
  ];
  return { title: 'Assumptions', intro: null, items: lines.map((text) => ({ text, details: [] })), more: null };
}

export function boardReport(input: BoardReportInput): BoardReport {
  const base = { title: input.title, networkName: input.graph.network.name, date: input.date, preparedBy: input.preparedBy };
  const numbers = networkNumbers(input.graph);
  const simulation = input.simulation;
  if (!simulation) return { ...base, headline: null, keyNumbers: numbers, sections: [] };
  const { view } = simulation;
  const rows = [...simulation.external, ...simulation.others];
  const stepping = rows.filter((row) => row.mayStepAway);
  return {
    ...base,
    headline: headline(view),
    keyNumbers: [...simulationNumbers(view), ...numbers],
    sections: [
      hurtSection(simulation),
      {
        title: 'What stops flowing',
        intro: 'Resources lost outright from the withdrawn parties, and expected to be lost through affected partners.',
        items: view.resourcesLost.map((total) => ({ text: describeLostResource(total), details: [] })),
        more: view.resourcesLost.length === 0 ? 'No recorded resource flow is lost.' : null,
      },
      {
        title: 'Who may step away',
        intro: 'Affected parties whose trust in their remaining partners is low enough that they may leave the table too.',
        items: stepping.map((row) => ({ text: `${row.name}: ${describeRisk(row).replace(/^May also step away: /, '')}`, details: [] })),
        more: stepping.length === 0 ? 'Nobody is flagged.' : null,
      },
      helpSection(rows),
      assumptions(view),
    ],
  };
}
