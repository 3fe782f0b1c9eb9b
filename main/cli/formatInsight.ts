// The analyze command's readable output: the network's scores, who matters most, the single
// points of failure in words, who sits between the most reliance, and the warnings by kind.
import type { InsightReport, PartyInsight } from '../../shared/insight';
import { WARNING_RULES } from '../../shared/insight';
import { WARNING_KINDS } from '../../shared/domain';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = (share: number | null) => (share === null ? 'no ratings' : `${Math.round(share * 100)}%`);
const TOP = 10;

export function formatInsight(networkName: string, report: InsightReport): string {
  const { network: scores, parties, warnings } = report;
  const lines = [
    `Network insight for "${networkName}": ${scores.parties} parties, ${scores.relationships} relationships`,
    '',
    'Network scores',
    `  Density: ${number.format(scores.density * 100)}% of the possible links`,
    `  Reliance centralisation: ${number.format(scores.relianceCentralisation)} (1 = everyone relies on one party)`,
    `  Mean trust: ${scores.meanTrust === null ? 'no ratings' : `${number.format(scores.meanTrust)} of 5`}; low-trust ratings: ${percent(scores.lowTrustShare)}`,
    `  Trust received (PARTNER, % of the maximum): ${scores.trustReceivedPercent === null ? 'no ratings' : `${Math.round(scores.trustReceivedPercent)}%`}`,
    `  Single points of failure: ${scores.singlePointsOfFailure}`,
  ];
  const ranked = parties.filter((party) => party.criticalityRank !== null).sort((a, b) => a.criticalityRank! - b.criticalityRank!);
  if (ranked.length > 0) {
    lines.push('', `Who matters most (harm if they left alone; patients, clients and families ×3)`);
    lines.push(...ranked.slice(0, TOP).map((party) => `  ${String(party.criticalityRank).padStart(3)}. ${party.name} (${party.id}): harm ${number.format(party.harm!)}`));
  }
  const spofs = parties.filter((party) => party.singlePointOfFailure);
  lines.push('', `Single points of failure (${spofs.length})`);
  if (spofs.length === 0) lines.push('  None.');
  for (const party of spofs) lines.push(`  ${party.name} (${party.id}):`, ...party.reasons.map((reason) => `    - ${reason}`));
  const between = [...parties].filter((party) => party.betweenness > 0).sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name));
  lines.push('', 'Between the most reliance (betweenness)');
  if (between.length === 0) lines.push('  No party sits on a reliance path between two others.');
  lines.push(...between.slice(0, TOP).map((party: PartyInsight) => `  ${number.format(party.betweenness)}  ${party.name} (${party.id})`));
  lines.push('', `Warnings (${warnings.length})`);
  if (warnings.length === 0) lines.push('  None.');
  for (const kind of WARNING_KINDS) {
    const ofKind = warnings.filter((warning) => warning.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`  ${WARNING_RULES[kind].label} (${ofKind.length})`, ...ofKind.map((warning) => `    - ${warning.message}`));
  }
  return `${lines.join('\n')}\n`;
}
