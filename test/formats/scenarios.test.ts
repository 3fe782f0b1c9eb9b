// Saved withdrawal scenarios travel in the JSON file beside the network, as an optional list:
// files without it still read, every scenario must name parties the network will have, and a
// merge never overwrites a scenario the network already has.
import { describe, expect, it } from 'vitest';
import { analyzeImport, describeProblem, networkToJson } from '../../shared/formats';
import type { DocumentScenario } from '../../shared/formats';
import { documentToGraph, trickyDocument } from './fixtures';

const params = { affectedThreshold: 0.05, disruptedThreshold: 0.5 };
const scenarios: DocumentScenario[] = [
  { id: 's-transit', name: 'County transit stops', withdrawn: ['p3'], withdrawnRelationships: [], endsBefore: null, params, createdAt: '2026-01-20T08:00:00.000Z' },
  { id: 's-two', name: 'Two leave', withdrawn: ['p1', 'p4'], withdrawnRelationships: [], endsBefore: null, params: { affectedThreshold: 0.1, disruptedThreshold: 0.6 }, createdAt: '2026-01-21T08:00:00.000Z' },
];

async function analyze(text: string, merge = false, existingScenarios: { id: string; name: string }[] = []) {
  let next = 0;
  return analyzeImport({
    format: 'json',
    files: [{ name: 'network.json', text }],
    existing: merge ? documentToGraph(trickyDocument()) : null,
    existingScenarios,
    newId: () => `new-${(next += 1)}`,
    fallbackName: 'x',
  });
}

describe('scenarios in the JSON file', () => {
  it('round-trip with the network, ids and thresholds included', async () => {
    const text = networkToJson(documentToGraph(trickyDocument()), '2026-02-01T00:00:00.000Z', scenarios);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2, scenarios });
    const result = await analyze(text);
    expect(result.ok && result.plan.scenarios).toEqual(scenarios);
    expect(result.ok && result.plan.notes).toContain('2 saved withdrawal scenarios will be imported with the network.');
  });

  it('are optional: a file without them is read as before, and the export leaves the key out', async () => {
    const text = networkToJson(documentToGraph(trickyDocument()), '2026-02-01T00:00:00.000Z');
    expect(text).not.toContain('"scenarios"');
    const result = await analyze(text);
    expect(result.ok && result.plan.scenarios).toEqual([]);
  });

  it('must withdraw parties that exist, with valid thresholds', async () => {
    const text = networkToJson(documentToGraph(trickyDocument()), '2026-02-01T00:00:00.000Z', [
      { ...scenarios[0]!, withdrawn: ['p-gone'] },
      { ...scenarios[1]!, params: { affectedThreshold: 0.7, disruptedThreshold: 0.5 } },
    ]);
    const result = await analyze(text);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'network.json, scenario 2 ("Two leave"): affected threshold 0.7: The affected threshold cannot be above the disrupted threshold.',
    ]);
    const second = await analyze(networkToJson(documentToGraph(trickyDocument()), '2026-02-01T00:00:00.000Z', [{ ...scenarios[0]!, withdrawn: ['p-gone'] }]));
    expect(second.ok ? [] : second.problems.map(describeProblem)).toEqual([
      'the file, scenario 1 ("County transit stops"): withdraws party "p-gone", which is not in the file or the network',
    ]);
  });

  it('are added by a merge, never overwritten, and renamed when the name is taken', async () => {
    const text = networkToJson(documentToGraph(trickyDocument()), '2026-02-01T00:00:00.000Z', scenarios);
    const result = await analyze(text, true, [
      { id: 's-transit', name: 'Anything' },
      { id: 's-other', name: 'two leave' },
    ]);
    expect(result.ok && result.plan.scenarios).toEqual([{ ...scenarios[1]!, name: 'Two leave (imported)' }]);
    expect(result.ok && result.plan.notes).toEqual(
      expect.arrayContaining([
        '1 saved scenario is already in the network and is left as it is.',
        '1 imported scenario has the name of one already saved; “(imported)” was added to its name.',
      ]),
    );
  });
});
