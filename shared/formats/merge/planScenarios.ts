// Saved scenarios in an import (JSON only): each must withdraw parties (and end agreements) the network will have,
// ids and names must be unique, and merging never overwrites a scenario the network already
// has — a scenario with a known id is left alone, one whose name is taken gets "(imported)".
import type { DocumentScenario } from '../documentScenarios';
import { describeElement, quoteValue } from '../problems';
import type { ProblemCollector } from '../problems';
import { nameKey } from './planParties';
import type { PartyLookups } from './planParties';

export interface ScenarioPlan {
  added: DocumentScenario[];
  kept: number;
  renamed: number;
}

export function planScenarios(
  scenarios: readonly DocumentScenario[],
  existing: readonly { id: string; name: string }[],
  lookups: PartyLookups,
  /** Ids of the reliance and resource-flow relationships the network will have. */
  agreementIds: ReadonlySet<string>,
  file: string,
  problems: ProblemCollector,
): ScenarioPlan {
  const plan: ScenarioPlan = { added: [], kept: 0, renamed: 0 };
  const existingIds = new Set(existing.map((scenario) => scenario.id));
  const takenNames = new Set(existing.map((scenario) => nameKey(scenario.name)));
  const fileIds = new Set<string>();
  const fileNames = new Set<string>();
  scenarios.forEach((scenario, index) => {
    const at = { file, line: null, element: describeElement('scenario', index, scenario.name) };
    const problem = (message: string, field: string) => problems.add({ ...at, field, message });
    if (fileIds.has(scenario.id)) return problem(`id ${quoteValue(scenario.id)} is used by two scenarios in this file`, 'id');
    fileIds.add(scenario.id);
    if (fileNames.has(nameKey(scenario.name))) return problem(`two scenarios in this file are called ${quoteValue(scenario.name)}; scenario names must differ`, 'name');
    fileNames.add(nameKey(scenario.name));
    const unknown = scenario.withdrawn.filter((id) => !lookups.fileIds.has(id) && !lookups.existingById.has(id));
    if (unknown.length > 0) {
      return problem(`withdraws party ${unknown.slice(0, 3).map(quoteValue).join(', ')}${unknown.length > 3 ? '…' : ''}, which is not in the file or the network`, 'withdrawn');
    }
    const ended = scenario.withdrawnRelationships.filter((id) => !agreementIds.has(id));
    if (ended.length > 0) {
      return problem(`ends agreement ${ended.slice(0, 3).map(quoteValue).join(', ')}${ended.length > 3 ? '…' : ''}, which is not a reliance or resource flow in the file or the network`, 'withdrawnRelationships');
    }
    if (existingIds.has(scenario.id)) {
      plan.kept += 1;
      return;
    }
    const clash = takenNames.has(nameKey(scenario.name));
    if (clash) plan.renamed += 1;
    plan.added.push(clash ? { ...scenario, name: `${scenario.name} (imported)`.slice(0, 200) } : scenario);
  });
  return plan;
}
