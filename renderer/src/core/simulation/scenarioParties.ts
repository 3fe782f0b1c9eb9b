// Who a saved scenario withdraws, by name: the party's name now, or, for a party deleted since,
// the name the scenario kept when it was saved — never an id a person cannot read.
import type { Party, Scenario } from '../../../../shared/domain';

const UNNAMED = 'a party deleted before its name was kept';

export type ScenarioParties = {
  /** Every withdrawn party's name, in the scenario's order. */
  names: string[];
  /** The names of those deleted from the network since. */
  gone: string[];
  /** True when none of its parties is left, so it cannot run. */
  allGone: boolean;
};

export function scenarioParties(scenario: Pick<Scenario, 'withdrawn' | 'missingPartyIds' | 'missingPartyNames'>, parties: readonly Pick<Party, 'id' | 'name'>[]): ScenarioParties {
  const byId = new Map(parties.map((party) => [party.id, party.name]));
  const kept = new Map(scenario.missingPartyIds.map((id, index) => [id, scenario.missingPartyNames[index] || UNNAMED]));
  const names: string[] = [];
  const gone: string[] = [];
  for (const id of scenario.withdrawn) {
    const name = byId.get(id);
    if (name !== undefined) names.push(name);
    else {
      const was = kept.get(id) ?? UNNAMED;
      names.push(was);
      gone.push(was);
    }
  }
  return { names, gone, allGone: gone.length === scenario.withdrawn.length };
}

/** The card's warning, or null when every party is still there. */
export function describeGone({ gone, allGone }: ScenarioParties): string | null {
  if (gone.length === 0) return null;
  const list = gone.join(', ');
  if (allGone) {
    return gone.length === 1
      ? `The party it withdraws, ${list}, has been deleted from this network, so there is nothing left to simulate.`
      : `All ${gone.length} parties it withdraws have been deleted from this network (${list}), so there is nothing left to simulate.`;
  }
  return `${gone.length === 1 ? `${list} no longer exists` : `${list} no longer exist`} in this network. Opening it runs without ${gone.length === 1 ? 'that party' : 'them'}.`;
}
