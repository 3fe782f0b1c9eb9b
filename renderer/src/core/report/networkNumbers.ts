// The key numbers of a network for a board: who is on the map, how they are tied, the money
// recorded and the trust between them. Pure, from the network itself.
import type { NetworkGraph } from '../../../../shared/domain';
import { countOf, formatAmount, formatNumber } from '../format/quantities';

export type KeyNumber = { label: string; value: string };

export function networkNumbers(graph: Pick<NetworkGraph, 'parties' | 'relationships'>): KeyNumber[] {
  const external = graph.parties.filter((party) => party.side === 'external').length;
  const internal = graph.parties.length - external;
  const byKind = { RELIES_ON: 0, RESOURCE_FLOW: 0, TRUSTS: 0 };
  const funding = new Map<string, { amount: number; unit: string; period: string }>();
  let trustSum = 0;
  for (const relationship of graph.relationships) {
    byKind[relationship.kind]++;
    if (relationship.kind === 'TRUSTS') trustSum += relationship.level;
    if (relationship.kind === 'RESOURCE_FLOW' && relationship.resource === 'funding' && relationship.amount !== null) {
      const key = `${relationship.unit.trim().toLowerCase()}|${relationship.period.trim().toLowerCase()}`;
      const total = funding.get(key) ?? { amount: 0, unit: relationship.unit, period: relationship.period };
      total.amount += relationship.amount;
      funding.set(key, total);
    }
  }
  const numbers: KeyNumber[] = [
    { label: 'Parties on the map', value: `${formatNumber(graph.parties.length)}: ${countOf(internal, 'organisation or department', 'organisations and departments')}, ${countOf(external, 'group of patients, clients or families', 'groups of patients, clients and families')}` },
    {
      label: 'Relationships',
      value: `${formatNumber(graph.relationships.length)}: ${countOf(byKind.RELIES_ON, 'reliance')}, ${countOf(byKind.RESOURCE_FLOW, 'resource flow')}, ${countOf(byKind.TRUSTS, 'trust rating')}`,
    },
  ];
  if (funding.size > 0) {
    numbers.push({ label: 'Funding recorded', value: [...funding.values()].map((total) => formatAmount(total.amount, total.unit, total.period)).join('; ') });
  }
  if (byKind.TRUSTS > 0) numbers.push({ label: 'Trust between partners', value: `${formatNumber(trustSum / byKind.TRUSTS)} of 5 on average` });
  return numbers;
}
