// The results panel's sentences, kept out of the components so they can be tested: resources
// lost, mitigation candidates, risk and hop distance in words a program director reads as is.
import { formatChance } from '../../../../shared/analysis';
import type { ImpactRow, LostResourceView, MitigationView } from './simulationView';
import { countOf, formatAmount } from '../format/quantities';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

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

/**
 * "Funding: $2,350,000 per year lost outright; about $184,000 per year more at risk through
 * affected partners; 3 flows whose size was not recorded".
 */
export function describeLostResource(total: LostResourceView): string {
  const parts: string[] = [];
  const amount = (value: number) => formatAmount(value, total.unit, total.period);
  if (total.directAmount > 0) parts.push(`${amount(total.directAmount)} lost outright`);
  if (total.indirectAmount > 0) parts.push(`about ${amount(total.indirectAmount)} ${total.directAmount > 0 ? 'more ' : ''}expected to be lost through affected partners`);
  const unrecorded = total.unrecordedLost + total.unrecordedAtRisk;
  if (unrecorded > 0) {
    const which = total.unrecordedLost === 0 ? ' (through affected partners)' : total.unrecordedAtRisk === 0 ? '' : ` (${total.unrecordedLost} lost outright, ${total.unrecordedAtRisk} through affected partners)`;
    parts.push(`${countOf(unrecorded, 'flow')} whose size was not recorded${which}`);
  }
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
