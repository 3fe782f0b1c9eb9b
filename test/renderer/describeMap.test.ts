// The map's accessible name (issue 17): what is shown (counts, filters, focus, a running
// simulation) and where the same network is as text; the simulation's one-sentence summary.
import { describe, expect, it } from 'vitest';
import { describeMap } from '../../renderer/src/core/graph/describeMap';
import { simulationSummary } from '../../renderer/src/core/simulation/simulationSummary';
import type { SimulationView } from '../../renderer/src/core/simulation/simulationView';
import { makeGraph } from './fixtures';

const graph = makeGraph();
const all = { parties: graph.parties.length, relationships: graph.relationships.length };

describe('the map’s accessible name', () => {
  it('counts everything when nothing is narrowed, and points to the table', () => {
    expect(describeMap({ graph, shown: all, filterCount: 0, focusOn: false, simulation: null })).toBe(
      `Map of Test network: 3 parties and ${all.relationships} relationships. Arrow keys move between parties, Enter opens one; the same network is in the table (Show: Table).`,
    );
  });

  it('says how much is shown, under which filters and focus, and the simulation running', () => {
    const text = describeMap({ graph, shown: { parties: 1, relationships: 0 }, filterCount: 1, focusOn: true, simulation: 'Simulation of County Transit withdrawing: 1 affected.' });
    expect(text).toMatch(new RegExp(`^Map of Test network: 1 of 3 parties and 0 of ${all.relationships} relationships \\(1 filter on, focus on the selection\\)\\. Simulation of County Transit withdrawing: 1 affected\\. Arrow keys`));
  });
});

describe('a simulation in one sentence', () => {
  it('names who withdraws and counts the affected, the disrupted and the patients among them', () => {
    // Only what the sentence reads; the rest of a view plays no part here.
    const view = { withdrawn: [{ name: 'County Transit' }, { name: 'Geri-psych unit' }], summary: { affected: 4, disrupted: 1, externalAffected: 2 } } as unknown as SimulationView;
    expect(simulationSummary(view)).toBe('Simulation of County Transit, Geri-psych unit withdrawing: 4 affected, 1 disrupted, 2 of them patients, clients or families.');
    expect(simulationSummary(null)).toBeNull();
  });
});
