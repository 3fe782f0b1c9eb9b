// Careweave's GraphML read by networkx itself (Python, pinned in .ci/run and the README), not by
// a reimplementation: networkx folds yEd's drawing into "x", "y" and "label", and whichever data
// element it reads last wins, so this is the only honest check that it sees the map's centres.
// Then the file networkx saves back is imported again: nobody may move. If Python or networkx
// is missing the test fails and says what to install; it never skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { networkToGraphml, readImportFiles } from '../../shared/formats';
import type { NetworkGraph } from '../../shared/domain';
import { documentToGraph, planNew, sampleGraph, trickyDocument } from './fixtures';

const NETWORKX_VERSION = '3.6.1';
const folder = mkdtempSync(join(tmpdir(), 'careweave-networkx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface NetworkxReading {
  version: string;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<Record<string, unknown>>;
}

function readWithNetworkx(text: string, name: string): { reading: NetworkxReading; savedBack: string } {
  const input = join(folder, `${name}.graphml`);
  const output = join(folder, `${name}-networkx.graphml`);
  writeFileSync(input, text);
  const run = spawnSync('python3', [join(__dirname, '..', 'support', 'networkxGraphml.py'), input, output], { encoding: 'utf8', timeout: 60_000 });
  if (run.error || run.status !== 0) {
    throw new Error(
      `Reading the export with networkx failed. This test needs Python 3 with networkx ${NETWORKX_VERSION}: pip install networkx==${NETWORKX_VERSION} (README, Prerequisites).\n${run.error?.message ?? run.stderr}`,
    );
  }
  return { reading: JSON.parse(run.stdout) as NetworkxReading, savedBack: readFileSync(output, 'utf8') };
}

const networks: Array<[string, () => NetworkGraph]> = [
  ['the sample network', sampleGraph],
  ['a network of awkward values', () => documentToGraph(trickyDocument())],
];

describe.each(networks)('%s exported as GraphML with the yEd drawing, read by networkx', (_label, makeGraph) => {
  const graph = makeGraph();
  const { reading, savedBack } = readWithNetworkx(networkToGraphml(graph, { yedGraphics: true }), _label.replace(/\W+/g, '-'));

  it('is read by the pinned networkx', () => {
    expect(reading.version).toBe(NETWORKX_VERSION);
  });

  it("gives every party its name and the map's centre, as numbers", () => {
    for (const party of graph.parties) {
      const node = reading.nodes[party.id];
      expect(node?.label, party.name).toBe(party.name);
      if (party.x === null || party.y === null) {
        // No position on the map: networkx finds no x or y at all, not the yEd box's corner.
        expect(node?.x, party.name).toBeUndefined();
        continue;
      }
      expect(node?.x, party.name).toBe(party.x);
      expect(node?.y, party.name).toBe(party.y);
    }
  });

  it("keeps each relationship's kind and fields", () => {
    expect(reading.edges).toHaveLength(graph.relationships.length);
    for (const relationship of graph.relationships) {
      // networkx keeps parallel edges (a MultiDiGraph) but not always the edge ids, so each
      // relationship is found by its ends and kind.
      const edges = reading.edges.filter((edge) => edge.source === relationship.source && edge.target === relationship.target && edge.kind === relationship.kind);
      const own = relationship.kind === 'RELIES_ON' ? { service: relationship.service } : relationship.kind === 'TRUSTS' ? { level: relationship.level } : { resource: relationship.resource };
      expect(edges, relationship.id).toContainEqual(expect.objectContaining(own));
    }
  });

  it('is imported back from the file networkx saves without moving or renaming anyone', async () => {
    const result = await readImportFiles('graphml', [{ name: 'saved-by-networkx.graphml', text: savedBack }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    const plan = await planNew(result.imported);
    const back = new Map(plan.parties.added.map((party) => [party.id, party]));
    for (const party of graph.parties) {
      expect(back.get(party.id), party.name).toMatchObject({ name: party.name, x: party.x, y: party.y, notes: party.notes, tags: party.tags });
    }
    expect(plan.relationships.added).toHaveLength(graph.relationships.length);
  });
});
