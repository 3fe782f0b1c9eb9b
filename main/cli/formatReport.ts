// The simulate command's readable output: a summary, then a table of the affected parties
// (patients, clients and families first), then who may step away and who could fill the gaps.
import { describeChain, describeChance, describeOrganisationHarm, describeOutcomes, describePrecision, formatChance } from '../../shared/analysis';
import type { ImpactNetwork, LostResource, Mitigation, OrganisationHarm, PartyImpact, WithdrawalResult } from '../../shared/analysis';
import { describeAgreement, sayDay } from '../../shared/timeline';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "Senior IOP's reliance on County Transit for client transport (r1)". */
function agreementLine(id: string, network: ImpactNetwork): string {
  const relationship = network.relationships.find((candidate) => candidate.id === id);
  const name = (partyId: string) => network.parties.find((party) => party.id === partyId)?.name ?? partyId;
  return relationship ? `${describeAgreement(relationship, name)} (${id})` : id;
}

/** A question about a day (--on): the agreements it ends, and those that renew instead. */
export interface DatedQuestion {
  readonly on: string;
  readonly ending: readonly string[];
  readonly renewing: readonly string[];
}

function datedLines(networkName: string, dated: DatedQuestion, network: ImpactNetwork): string[] {
  const when = sayDay(dated.on);
  const lines = [`In "${networkName}", ${dated.ending.length === 1 ? '1 agreement ends' : `${dated.ending.length} agreements end`} before ${when} and ${dated.ending.length === 1 ? 'is' : 'are'} not renewed:`];
  lines.push(...dated.ending.map((id) => `  ${agreementLine(id, network)}`));
  if (dated.renewing.length > 0) lines.push(`${dated.renewing.length === 1 ? '1 agreement ends' : `${dated.renewing.length} agreements end`} before then but ${dated.renewing.length === 1 ? 'renews' : 'renew'} by ${dated.renewing.length === 1 ? 'itself' : 'themselves'}, so ${dated.renewing.length === 1 ? 'it stays' : 'they stay'}:`, ...dated.renewing.map((id) => `  ${agreementLine(id, network)}`));
  return lines;
}

export function formatReport(
  network: ImpactNetwork & { readonly network: { readonly name: string } },
  result: WithdrawalResult,
  dated?: DatedQuestion,
  organisations: readonly OrganisationHarm[] = [],
): string {
  const networkName = network.network.name;
  const withdrawn = result.parties.filter((entry) => entry.impactClass === 'withdrawn');
  const hit = result.parties.filter((entry) => entry.impactClass === 'affected' || entry.impactClass === 'disrupted');
  const { summary } = result;
  const question = withdrawn.length === 0 ? [] : [`Withdrawal from "${networkName}": ${withdrawn.map((entry) => `${entry.name} (${entry.id})`).join(', ')}`];
  const byDate = new Set(dated?.ending ?? []);
  const named = result.endedRelationships.filter((id) => !byDate.has(id));
  const ending = named.map((id) => `${withdrawn.length === 0 && !dated ? `In "${networkName}", the` : 'And the'} agreement ends: ${agreementLine(id, network)}`);
  const lines = [
    ...question,
    ...(dated ? datedLines(networkName, dated, network) : []),
    ...ending,
    '',
    'Summary',
    `  ${describeOutcomes(result.outcomes.everyone, result.outcomes.external)}`,
    `  Affected (5% chance or more of losing what they need): ${summary.affected} of ${summary.parties - summary.withdrawn} remaining parties (${summary.disrupted} disrupted: 50% or more)`,
    `  Patients, clients and families affected: ${summary.externalAffected} (${summary.externalDisrupted} disrupted)`,
    `  May also step away: ${summary.mayStepAway}`,
    ...resourceLines(result.resourcesLost.byKind),
    `  ${describePrecision(result.estimate)}`,
  ];
  if (organisations.length > 0) lines.push('', 'By organisation', ...organisations.map((entry) => `  ${describeOrganisationHarm(entry)}`));
  lines.push('', 'Who is affected (patients, clients and families first)');
  if (hit.length === 0) lines.push('  Nobody reaches the affected threshold.');
  else lines.push(...table(hit).map((row) => `  ${row}`));
  const untouched = summary.parties - summary.withdrawn - summary.affected;
  if (untouched > 0) lines.push(`  Not affected: ${untouched} ${untouched === 1 ? 'party' : 'parties'}.`);

  const leaving = hit.filter((entry) => entry.mayStepAway);
  if (leaving.length > 0) {
    lines.push('', 'May also step away (affected, and low trust in the partners that remain)');
    for (const entry of leaving) {
      lines.push(`  ${entry.name}: risk ${entry.risk.toFixed(2)} (${describeChance(entry.impact)} of losing what it needs, mean trust ${entry.meanTrust!.toFixed(1)})`);
    }
  }
  const needs = hit.filter((entry) => entry.mitigation.length > 0);
  if (needs.length > 0) {
    lines.push('', 'Who could fill the gaps (for disrupted parties)');
    for (const entry of needs) for (const need of entry.mitigation) lines.push(`  ${mitigationLine(entry, need)}`);
  }
  return `${lines.join('\n')}\n`;
}

function resourceLines(byKind: readonly LostResource[]): string[] {
  if (byKind.length === 0) return ['  Resources lost: none'];
  return [
    '  Resources lost (outright from the withdrawn; expected from affected partners, scaled by their chance):',
    ...byKind.map((total) => {
      const measure = [total.unit, total.period].filter((part) => part !== '').join(' ');
      const parts: string[] = [];
      if (total.directAmount > 0) parts.push(`${number.format(total.directAmount)} lost outright`);
      if (total.indirectAmount > 0) parts.push(`${number.format(total.indirectAmount)} expected to be lost through affected partners`);
      if (total.flowsWithoutAmount > 0) parts.push(`${number.format(total.flowsWithoutAmount)} flow(s) of unknown size`);
      if (parts.length === 0) parts.push('none of known size');
      return `    ${total.resource}${measure === '' ? '' : ` (${measure})`}: ${parts.join(', ')}`;
    }),
  ];
}

function table(parties: readonly PartyImpact[]): string[] {
  const rows = [
    ['Party', 'Side / type', 'Chance', 'Class', 'Hops', 'Most likely chain'],
    ...parties.map((entry) => [
      entry.name,
      `${entry.side} / ${entry.type}`,
      formatChance(entry.impact),
      entry.impactClass,
      entry.hops === null ? '-' : String(entry.hops),
      entry.chain === null ? '' : describeChain(entry.chain),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : column === 2 || column === 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

function mitigationLine(entry: PartyImpact, need: Mitigation): string {
  const what = need.lost.kind === 'service' ? `"${need.lost.service}"` : need.lost.resource;
  const options =
    need.candidates.length === 0
      ? 'no one else in the map provides it'
      : `try ${need.candidates
          .map((candidate) => {
            const trust = `trust ${number.format(candidate.trust)}${candidate.trustStated ? '' : ' assumed'}`;
            return `${candidate.name} (${trust}, ${candidate.impact === 0 ? 'unaffected' : `${describeChance(candidate.impact)} of being hit itself`})`;
          })
          .join('; ')}`;
  return `${entry.name} lost ${what}: ${options}`;
}
