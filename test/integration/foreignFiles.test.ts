// Files from other programs through the whole import (router, services, Neo4j): a file cut off
// while saving, an empty file, an Excel workbook renamed ".csv" and a spreadsheet that mixes
// decimal marks are refused with a message a person understands, and the database is counted
// before and after to show nothing was written, into a new network or an existing one. Files
// from yEd Live and a German Excel import with their names, positions and values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/formats';
import type { ImportFile } from '../../shared/formats';
import { createTestBackend } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { xlsxBytes } from '../support/xlsxBytes';
import { checkImport, commitImport, importFiles, unique } from './exchangeHelpers';

let t: TestBackend;
let networkId: string;
const token = unique('Foreign').replace(' ', '-');

async function count(query: string, params: Record<string, unknown>): Promise<number> {
  const store = t.backend.database.store();
  const result = await store.driver.executeQuery(query, params, store.database ? { database: store.database } : {});
  return Number(result.records[0]?.get(0) ?? 0);
}

/** Everything these tests could have written: this run's networks, parties and relationships. */
async function written(): Promise<number> {
  return count(
    `RETURN COUNT { MATCH (n:Network) WHERE n.name STARTS WITH $token OR n.id = $networkId }
          + COUNT { MATCH (p:Party) WHERE p.name STARTS WITH $token OR p.networkId = $networkId }
          + COUNT { MATCH (p:Party)-[r]->() WHERE p.name STARTS WITH $token OR p.networkId = $networkId }`,
    { token, networkId },
  );
}

const fixture = (name: string): ImportFile => ({ name, text: readFileSync(join(__dirname, '..', 'formats', 'fixtures', name), 'utf8') });

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.createNetwork({ name: `${token} partners`, description: '' })).id;
  const unit = await t.api.createParty({ networkId, fields: { name: `${token} unit`, side: 'internal', type: 'hospital unit/department', x: 10, y: 20 } });
  const transit = await t.api.createParty({ networkId, fields: { name: `${token} transit`, side: 'internal', type: 'community agency', x: 200, y: -40 } });
  await t.api.createRelationship({ networkId, source: unit.id, target: transit.id, fields: { kind: 'RELIES_ON', service: 'patient transport', criticality: 4 } });
});
afterAll(async () => t?.dispose());

describe('files that cannot be imported leave the database as it was', () => {
  const cases: Array<[string, () => Promise<ImportFile[]>, RegExp]> = [
    [
      'a Careweave GraphML cut off halfway (as a failed download leaves it)',
      async () => {
        const exported = await t.api.exportNetworkData({ networkId, format: 'graphml', delivery: 'download' });
        if (exported.delivered !== 'download') throw new Error('expected a download');
        const text = exported.files[0]?.content ?? '';
        return [{ name: `${token}.graphml`, text: text.slice(0, Math.floor(text.length / 2)) }];
      },
      /ends too early: it stops at line \d+ .*cut off while it was saved, copied or downloaded\. Nothing was imported/,
    ],
    ['an empty .graphml', async () => [{ name: `${token}.graphml`, text: '' }], /^This file is empty: it has no content at all/],
    [
      'an Excel workbook renamed to .csv (read the way the page reads a chosen file)',
      async () => [{ name: `${token} parties.csv`, text: decodeText(xlsxBytes()).text }],
      /^This is an Excel workbook \(\.xlsx\) renamed to look like a CSV file\. .*"CSV UTF-8 \(Comma delimited\)"/,
    ],
    [
      'a spreadsheet that mixes decimal points and commas',
      async () => [
        { name: 'parties.csv', text: `name;side;type\n${token} a;internal;payer\n${token} b;internal;payer\n` },
        { name: 'relationships.csv', text: `kind;from;to;resource;amount\nresource flow;${token} a;${token} b;funding;2,5\nresource flow;${token} b;${token} a;funding;3.75\n` },
      ],
      /amount "2,5" is not a number; write it like 1234\.5 or 1,234\.5/,
    ],
  ];

  it.each(cases)('%s: as a new network and into an existing one', async (_label, makeFiles, message) => {
    const files = await makeFiles();
    const before = await written();
    for (const targetNetworkId of [null, networkId]) {
      const job = await checkImport(t.api, files, { targetNetworkId });
      expect(job.phase).toBe('invalid');
      expect(job.problems.map((problem) => problem.message).join('\n')).toMatch(message);
    }
    expect(await written()).toBe(before);
  });
});

describe('files from other programs that can be imported', () => {
  it('a yEd Live diagram becomes a network with its names and positions', async () => {
    const result = await importFiles(t.api, [fixture('yed-live.graphml')], { networkName: `${token} yEd Live` });
    const graph = await t.api.getNetwork({ id: result.networkId });
    expect(graph.parties.map((party) => [party.name, party.type, party.x, party.y])).toEqual([
      ['County Transit', 'community agency', 130, 220],
      ['Family caregivers', 'family/caregiver', 315, 15],
      ['Senior Behavioral Health Unit', 'hospital unit/department', -0.5, 35.25],
    ]);
  });

  it('a German Excel spreadsheet keeps its amounts, trust levels and day-first dates', async () => {
    const job = await checkImport(t.api, [fixture('excel-de-parties.csv'), fixture('excel-de-relationships.csv')]);
    expect(job.notes).toEqual(expect.arrayContaining(['Numbers were read with a decimal comma (like "120,5"), as the spreadsheet writes them.']));
    const result = await importFiles(t.api, [fixture('excel-de-parties.csv'), fixture('excel-de-relationships.csv')], { networkName: `${token} Excel` });
    const graph = await t.api.getNetwork({ id: result.networkId });
    const values = graph.relationships.map((relationship) =>
      relationship.kind === 'RESOURCE_FLOW' ? relationship.amount : relationship.kind === 'TRUSTS' ? `${relationship.level} ${relationship.assessedAt}` : relationship.criticality,
    );
    expect(values.sort()).toEqual([1234.5, 250000.5, '3.5 2026-03-31', '4 2026-05-04', 4].sort());
  });

  it('dates that could be either are read day first when the person chose so', async () => {
    const files = [
      { name: 'parties.csv', text: `name,side,type\n${token} c,internal,payer\n${token} d,internal,payer\n` },
      { name: 'relationships.csv', text: `kind,from,to,trust level,assessed on\ntrust,${token} c,${token} d,4,03/04/2026\n` },
    ];
    const job = await checkImport(t.api, files, { dateOrder: 'day-first' });
    expect(job.notes).toContain('Dates were read day first, as chosen for this import.');
    const done = await commitImport(t.api, job, `${token} UK dates`);
    const graph = await t.api.getNetwork({ id: done.result?.networkId ?? '' });
    expect(graph.relationships).toEqual([expect.objectContaining({ kind: 'TRUSTS', assessedAt: '2026-04-03' })]);
  });
});
