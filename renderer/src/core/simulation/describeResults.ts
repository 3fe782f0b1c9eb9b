// The results panel's sentences, kept out of the components so they can be tested: resources
// lost, mitigation candidates, risk and hop distance in words a program director reads as is.
import type { LostResource } from '../../../../shared/analysis';
import { formatChance } from '../../../../shared/analysis';
import type { ImpactRow, MitigationView } from './simulationView';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function per(unit: string, period: string): string {
  const u = unit ? ` ${unit}` : '';
  const p = period ? ` per ${period.replace(/^per\s+/i, '')}` : '';
  return `${u}${p}`;
}

const RESOURCE_WORDS: Record<string, string> = {
  funding: 'Funding',
  referrals: 'Referrals',
  beds: 'Beds',
  staff: 'Staff',
  transport: 'Transport',
  data: 'Data',
  supplies: 'Supplies',
  other: 'Other resources',
};

/** "Beds: 12 per month lost directly, 3.4 more through affected partners; 2 flows of unknown size". */
export function describeLostResource(total: LostResource): string {
  const parts: string[] = [];
  const unitPeriod = per(total.unit, total.period);
  if (total.directAmount > 0) parts.push(`${number.format(total.directAmount)}${unitPeriod} lost directly`);
  if (total.indirectAmount > 0) parts.push(`${number.format(total.indirectAmount)}${unitPeriod} ${total.directAmount > 0 ? 'more ' : ''}expected to be lost through affected partners`);
  if (total.flowsWithoutAmount > 0) parts.push(`${number.format(total.flowsWithoutAmount)} ${total.flowsWithoutAmount === 1 ? 'flow' : 'flows'} of unrecorded size`);
  if (parts.length === 0) parts.push('nothing measurable');
  const label = RESOURCE_WORDS[total.resource] ?? total.resource;
  return `${label}: ${parts.join('; ')}`;
}

export function describeRisk(row: Pick<ImpactRow, 'risk' | 'meanTrust' | 'mayStepAway'>): string {
  const trust = row.meanTrust === null ? '' : ` (mean trust in remaining partners ${number.format(row.meanTrust)} of 5)`;
  return row.mayStepAway
    ? `May also step away: risk ${formatChance(row.risk)}${trust}`
    : `Risk of also stepping away: ${formatChance(row.risk)}${trust}`;
}

export function describeHops(hops: number | null): string {
  if (hops === null) return 'not reached';
  if (hops === 0) return 'withdrawn';
  return hops === 1 ? 'directly depends on a withdrawn party' : `${hops} steps from a withdrawn party`;
}

/** "Lost transport from Harlan Rides" — what a disrupted party lost and from whom. */
export function describeLoss(need: MitigationView): string {
  return `Lost ${need.lost} from ${need.from.join(', ')}`;
}

/** "Cedar Bend Senior Center (trust 4 of 5)" or "… (trust not rated; 20% affected itself)". */
export function describeCandidate(candidate: MitigationView['candidates'][number]): string {
  const trust = candidate.trustStated ? `trust ${number.format(candidate.trust)} of 5` : 'trust not rated';
  const own = candidate.impact > 0 ? `; itself a ${formatChance(candidate.impact)} chance of being hit` : '';
  return `${candidate.name} (${trust}${own})`;
}

/**
 * "If Cedar Bend Memorial withdraws, with its 5 departments": the parties asked about by name; the
 * others that leave with them (everyone inside an organisation) by count.
 */
export function describeWithdrawal(withdrawn: readonly { id: string; name: string }[], asked: readonly string[]): string {
  const named = withdrawn.filter((party) => asked.includes(party.id));
  const shown = named.length > 0 ? named : withdrawn;
  const alongside = withdrawn.length - shown.length;
  const verb = shown.length === 1 ? 'withdraws' : 'withdraw';
  const also = alongside > 0 ? `, with ${shown.length === 1 ? 'its' : 'their'} ${alongside} ${alongside === 1 ? 'department' : 'departments'}` : '';
  return `If ${shown.map((party) => party.name).join(' and ')} ${verb}${also}`;
}
