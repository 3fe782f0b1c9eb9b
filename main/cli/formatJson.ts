// The simulate command's --json output: every party with its chance of losing what it needs
// (`impact`) and that chance's 95% margin, hops, class, chain (ids and sentence), risk and
// mitigation, plus how the chances were computed, the summary, the range of outcomes and the
// resources lost.
import { describeChain } from '../../shared/analysis';
import type { OrganisationHarm, WithdrawalResult } from '../../shared/analysis';

export function formatJson(networkName: string, result: WithdrawalResult, organisations: readonly OrganisationHarm[] = []): string {
  const output = {
    network: networkName,
    withdrawn: result.withdrawn,
    endedRelationships: result.endedRelationships,
    options: result.options,
    estimate: result.estimate,
    summary: {
      ...result.summary,
      expectedLost: result.outcomes.everyone.expected,
      expectedLostMargin: result.outcomes.everyone.margin,
      lostRange: [result.outcomes.everyone.low, result.outcomes.everyone.high],
      expectedExternalLost: result.outcomes.external.expected,
      expectedExternalLostMargin: result.outcomes.external.margin,
      externalLostRange: [result.outcomes.external.low, result.outcomes.external.high],
    },
    outcomes: result.outcomes,
    resourcesLost: result.resourcesLost,
    organisations,
    parties: result.parties.map((entry) => ({
      id: entry.id,
      name: entry.name,
      side: entry.side,
      type: entry.type,
      impact: entry.impact,
      margin: entry.margin,
      hops: entry.hops,
      class: entry.impactClass,
      chain:
        entry.chain === null
          ? null
          : {
              parties: entry.chain.parties,
              sentence: describeChain(entry.chain),
              strength: entry.chain.strength,
              links: entry.chain.links.map((link) => ({
                dependent: link.dependentId,
                provider: link.providerId,
                weight: link.weight,
                services: link.services,
                resources: link.resources,
                relationshipIds: link.relationshipIds,
              })),
            },
      meanTrust: entry.meanTrust,
      risk: entry.risk,
      mayStepAway: entry.mayStepAway,
      mitigation: entry.mitigation,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
