// Export then import gives the same network: exactly for JSON, and for CSV and GraphML every
// field they carry (which is every field Careweave has), ids included.
import { describe, expect, it } from 'vitest';
import { DATA_CONVERTERS, DATA_FORMAT_IDS, networkToJson } from '../../shared/formats';
import type { NetworkGraph } from '../../shared/domain';
import { documentToGraph, planNew, sampleGraph, sortedDocumentParts, trickyDocument } from './fixtures';

const EXPORTED_AT = '2026-02-01T09:30:00.000Z';

const networks: Array<[string, () => NetworkGraph]> = [
  ['the sample network', sampleGraph],
  ['a network of awkward values', () => documentToGraph(trickyDocument())],
];

function stored(graph: NetworkGraph) {
  return sortedDocumentParts({
    parties: graph.parties.map(({ networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...party }) => party),
    relationships: graph.relationships.map(({ networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...relationship }) => relationship),
  });
}

async function roundTrip(graph: NetworkGraph, format: (typeof DATA_FORMAT_IDS)[number], yedGraphics = true) {
  const files = DATA_CONVERTERS[format].exportFiles(graph, { exportedAt: EXPORTED_AT, yedGraphics });
  const result = await DATA_CONVERTERS[format].toImport(
    files.map((file) => ({ name: file.name, text: file.text })),
    {},
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return { files, imported: result.imported, plan: await planNew(result.imported) };
}

describe.each(networks)('round trips of %s', (_label, makeGraph) => {
  it.each([...DATA_FORMAT_IDS])('%s keeps every party and relationship with every field and id', async (format) => {
    const graph = makeGraph();
    const { plan } = await roundTrip(graph, format);
    expect(sortedDocumentParts({ parties: plan.parties.added, relationships: plan.relationships.added })).toEqual(stored(graph));
  });

  it('GraphML without yEd drawings keeps every field too', async () => {
    const graph = makeGraph();
    const { plan, files } = await roundTrip(graph, 'graphml', false);
    expect(files[0]?.text).not.toContain('yfiles.type');
    expect(sortedDocumentParts({ parties: plan.parties.added, relationships: plan.relationships.added })).toEqual(stored(graph));
  });

  it('JSON export, import, export again gives the same file', async () => {
    const graph = makeGraph();
    const { plan } = await roundTrip(graph, 'json');
    const meta = { networkId: graph.network.id, version: 3, createdAt: EXPORTED_AT, updatedAt: EXPORTED_AT };
    const reimported: NetworkGraph = {
      network: { ...graph.network, name: plan.target.name, description: plan.target.kind === 'new' ? plan.target.description : '' },
      parties: plan.parties.added.map((party) => ({ ...party, ...meta })),
      relationships: plan.relationships.added.map((relationship) => ({ ...relationship, ...meta }) as NetworkGraph['relationships'][number]),
    };
    expect(networkToJson(reimported, EXPORTED_AT)).toBe(networkToJson(graph, EXPORTED_AT));
  });

  it('GraphML and JSON keep the network name and description', async () => {
    const graph = makeGraph();
    for (const format of ['json', 'graphml'] as const) {
      const { plan } = await roundTrip(graph, format);
      expect(plan.target).toEqual({ kind: 'new', name: graph.network.name, description: graph.network.description });
    }
  });
});

describe('what the exported files look like', () => {
  const graph = documentToGraph(trickyDocument());

  it('CSV starts with a byte-order mark for Excel, ends lines with CRLF and disarms formulas', () => {
    const [parties, relationships] = DATA_CONVERTERS.csv.exportFiles(graph, { exportedAt: EXPORTED_AT, yedGraphics: false });
    expect(parties?.name).toMatch(/ - parties\.csv$/);
    expect(relationships?.name).toMatch(/ - relationships\.csv$/);
    expect(parties?.text.startsWith('\ufeffid,name,short name,side,type,tags,notes,interests,x,y,part of,part of id\r\n')).toBe(true);
    expect(parties?.text).toContain(`"'=SUM(A1:A9)"`);
    expect(relationships?.text.split('\r\n')[0]).toBe(
      '\ufeffid,kind,from,to,from id,to id,service,criticality,substitutability,resource,amount,unit,period,starts on,ends on,renews,trust level,reliability,mission support,openness,assessed on,assessed by,notes',
    );
  });

  it('GraphML declares typed keys, directed edges, labels and positions for every tool', () => {
    const [file] = DATA_CONVERTERS.graphml.exportFiles(graph, { exportedAt: EXPORTED_AT, yedGraphics: true });
    const text = file?.text ?? '';
    expect(file?.name).toBe('Tricky network , with commas.graphml');
    expect(text).toContain('<graph id="net-1" edgedefault="directed">');
    expect(text).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(text).toContain('<key id="e_criticality" for="edge" attr.name="criticality" attr.type="int"/>');
    expect(text).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<key id="n_graphics" for="node" yfiles.type="nodegraphics"/>');
    expect(text).toContain('<data key="n_label">Area Agency on Aging &amp; Disability</data>');
    expect(text).toContain('<y:NodeLabel');
    expect(text).toContain('<data key="e_kind">RELIES_ON</data>');
  });
});
