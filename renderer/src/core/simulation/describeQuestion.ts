// A simulation's question in words (issue 12 added agreements that end and a day): the panel's
// headline, the name a saved scenario is offered, and a saved scenario's line in the list.
import type { Scenario } from '../../../../shared/domain';
import { sayDay } from '../../../../shared/timeline';
import { defaultScenarioName } from './simulationState';
import type { WithdrawalQuestion } from './simulationState';

type Asked = { partyNames: readonly string[]; ended: number; endsBefore: string | null };

const agreements = (count: number) => (count === 1 ? '1 agreement' : `${count} agreements`);

function partyClause(names: readonly string[]): string {
  return `${names.join(' and ')} ${names.length === 1 ? 'withdraws' : 'withdraw'}`;
}

/** "If County Transit withdraws and the agreements ending before 30 June 2027 are not renewed". */
export function questionHeadline({ partyNames, ended, endsBefore }: Asked): string {
  const clauses: string[] = [];
  if (partyNames.length > 0) clauses.push(partyClause(partyNames));
  if (endsBefore !== null) clauses.push(`the agreements ending before ${sayDay(endsBefore)} are not renewed`);
  // Those ended by the day are counted in it; the rest were chosen one by one.
  if (ended > 0) clauses.push(endsBefore !== null ? `${ended} more ${ended === 1 ? 'agreement ends' : 'agreements end'}` : `${agreements(ended)} ${ended === 1 ? 'ends' : 'end'}`);
  return `If ${clauses.join(' and ')}`;
}

/** The name a saved scenario is offered: "Agreements ending before 30 June 2027". */
export function suggestedScenarioName({ partyNames, ended, endsBefore }: Asked): string {
  if (endsBefore === null && ended === 0) return defaultScenarioName(partyNames);
  const parts: string[] = [];
  if (partyNames.length > 0) parts.push(defaultScenarioName(partyNames));
  if (endsBefore !== null) parts.push(`agreements ending before ${sayDay(endsBefore)}`);
  if (ended > 0) parts.push(`end of ${agreements(ended)}`);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A saved scenario's question, for its line in the list: "Withdraws A, B · ends 2 agreements · …". */
export function describeScenarioQuestion(scenario: Pick<Scenario, 'withdrawn' | 'withdrawnRelationships' | 'endsBefore'>, nameOf: (id: string) => string): string {
  const parts: string[] = [];
  if (scenario.withdrawn.length > 0) parts.push(`Withdraws ${scenario.withdrawn.map(nameOf).join(', ')}`);
  if (scenario.withdrawnRelationships.length > 0) parts.push(`ends ${agreements(scenario.withdrawnRelationships.length)}`);
  if (scenario.endsBefore !== null) parts.push(`agreements ending before ${sayDay(scenario.endsBefore)} are not renewed`);
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A saved scenario as the question it asks. */
export function scenarioQuestion(scenario: Scenario): WithdrawalQuestion {
  return { withdrawn: scenario.withdrawn, endedRelationships: scenario.withdrawnRelationships, endsBefore: scenario.endsBefore, thresholds: scenario.params };
}
