// Nothing is ever half written: an import that fails, is cancelled or is killed halfway leaves
// the database as it was. Failures are forced mid-write against the real Neo4j: by the database
// itself (a constraint broken in a late batch), by the writer stopping, by Cancel, and by
// killing the process that writes.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { DocumentParty } from '../../shared/domain';
import { generateParties, generateRelationships } from '../../bench/exchangeGenerator';
import { writeMerge } from '../../main/repository/importsMerge';
import { IMPORT_BATCH, sweepStaleStages, writeNewNetworkStaged } from '../../main/repository/importsStaged';
import { readTx } from '../../main/database/store';
import { createTestBackend, testDatabaseTarget } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';
import { checkImport, importFiles, unique, waitForJob } from './exchangeHelpers';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(async () => t?.dispose());

const now = () => new Date().toISOString();
const store = () => t.backend.database.store();

async function count(query: string, params: Record<string, unknown>): Promise<number> {
  return readTx(store(), async (tx) => Number((await tx.run(query, params)).records[0]?.get(0) ?? 0));
}

const stagedLeft = (networkId: string) =>
  count('MATCH (p:Party {networkId: $networkId}) RETURN count(p) + COUNT { MATCH (:ImportStaging {id: $networkId}) } + COUNT { MATCH (:Network {id: $networkId}) }', { networkId });

describe('a new network written in stages', () => {
  it('leaves nothing behind when the database refuses a late batch', async () => {
    const networkId = randomUUID();
    const parties = generateParties(IMPORT_BATCH * 2 + 10, 3);
    // The third batch repeats an id: Neo4j's uniqueness constraint fails mid-import.
    const broken: DocumentParty[] = [...parties, { ...parties[0]!, name: 'Twin' }];
    const error = await writeNewNetworkStaged(store(), networkId, { name: 'x', description: '', parties: broken, relationships: [] }, now(), async () => undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('constraint');
    expect(await stagedLeft(networkId)).toBe(0);
  });

  it('leaves nothing behind when the writer stops after some batches', async () => {
    const networkId = randomUUID();
    const parties = generateParties(IMPORT_BATCH * 3, 4);
    let batches = 0;
    const stop = async () => {
      batches += 1;
      if (batches === 2) throw new Error('stopped on purpose');
    };
    await expect(writeNewNetworkStaged(store(), networkId, { name: 'x', description: '', parties, relationships: [] }, now(), stop)).rejects.toThrow('stopped on purpose');
    expect(batches).toBe(2);
    expect(await stagedLeft(networkId)).toBe(0);
  });

  it('is invisible and then swept away when the writing process is killed halfway', async () => {
    const networkId = randomUUID();
    const { url, user, password } = testDatabaseTarget();
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'exchangeKillWorker.ts'), networkId], {
      env: { ...process.env, CAREWEAVE_TEST_NEO4J_URL: url, CAREWEAVE_TEST_NEO4J_USER: user, CAREWEAVE_TEST_NEO4J_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Strike once the parties are in and relationships have begun: truly halfway.
        if (/BATCH relationships/.test(output)) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', () => reject(new Error(`the worker ended before it was killed:\n${output}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(output).not.toContain('FINISHED');

    // Halfway: rows are in the database, but no network shows them.
    expect(await count('MATCH (p:Party {networkId: $networkId}) RETURN count(p)', { networkId })).toBe(30_000);
    expect((await t.api.listNetworks()).some((network) => network.id === networkId)).toBe(false);
    await expect(t.api.getNetwork({ id: networkId })).rejects.toThrow(/no longer exists/);

    // A stage is only swept once its writer has been silent long enough; a fresh one is kept.
    await sweepStaleStages(store(), new Date(Date.now() - 60_000).toISOString());
    expect(await count('MATCH (s:ImportStaging {id: $networkId}) RETURN count(s)', { networkId })).toBe(1);
    await sweepStaleStages(store(), new Date(Date.now() + 1_000).toISOString());
    expect(await stagedLeft(networkId)).toBe(0);
    // Usually about 10 s; on some fresh test databases the worker's first relationship batch has
    // taken 90 s (cause not found yet: not the query plan, which is pinned by index hints).
  }, 240_000);
});

describe('a merge written in one transaction', () => {
  it('changes nothing when it fails after some batches', async () => {
    const network = await importFiles(t.api, [{ name: 'p.csv', text: 'id,name,side,type\na,A,internal,payer\nb,B,internal,payer' }], { networkName: unique('Merge failure') });
    const before = await t.api.getNetwork({ id: network.networkId });
    const added = generateParties(IMPORT_BATCH + 5, 5).map((party) => ({ ...party, id: `new-${party.id}` }));
    const [a] = before.parties;
    let batches = 0;
    const error = await writeMerge(
      store(),
      network.networkId,
      {
        addedParties: added,
        changedParties: [{ id: a!.id, version: a!.version, after: { ...a!, notes: 'changed' }, fields: ['notes'] }],
        addedRelationships: generateRelationships(20, added.length, 9).map((relationship) => ({ ...relationship, source: `new-${relationship.source}`, target: `new-${relationship.target}` })),
        changedRelationships: [],
      },
      now(),
      async () => {
        batches += 1;
        if (batches === 3) throw new Error('stopped on purpose');
      },
    ).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/stopped on purpose/);
    expect(await t.api.getNetwork({ id: network.networkId })).toEqual(before);
  });
});

describe('cancelling through the API', () => {
  it('rolls back an import that is being written, and says nothing was changed', async () => {
    const token = `Cancel${randomUUID().slice(0, 8)}`;
    const parties = generateParties(25_000, 6);
    const text = ['id,name,side,type', ...parties.map((party) => `${party.id},${token} ${party.name},${party.side},${party.type}`)].join('\n');
    const job = await checkImport(t.api, [{ name: `${token}.csv`, text }]);
    expect(job.preview?.parties.added).toBe(25_000);
    await t.api.commitImport({ jobId: job.jobId });
    await waitForJob(t.api, job.jobId, ['writing']);
    for (;;) {
      const current = await t.api.getImportJob({ jobId: job.jobId });
      if ((current.progress?.share ?? 0) > 0 || current.phase !== 'writing') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await t.api.cancelImport({ jobId: job.jobId });
    const done = await waitForJob(t.api, job.jobId, ['done', 'failed', 'cancelled']);
    expect(done.phase).toBe('cancelled');
    expect(done.message).toBe('The import was cancelled. Nothing was changed.');
    expect(await count('MATCH (p:Party) WHERE p.name STARTS WITH $token RETURN count(p)', { token })).toBe(0);
    expect((await t.api.listNetworks()).some((network) => network.name === token)).toBe(false);
  }, 60_000);

  it('stops a check in progress, and forgets a job that is not running', async () => {
    const text = ['name,side,type', ...Array.from({ length: 60_000 }, (_, index) => `P${index},internal,payer`)].join('\n');
    const job = await t.api.beginImport({ targetNetworkId: null, files: [{ name: 'big.csv', size: text.length }] });
    await t.api.appendImportChunk({ jobId: job.jobId, fileIndex: 0, text });
    await t.api.analyzeImport({ jobId: job.jobId });
    await t.api.cancelImport({ jobId: job.jobId });
    expect((await waitForJob(t.api, job.jobId, ['cancelled', 'ready', 'invalid'])).phase).toBe('cancelled');
    await expect(t.api.commitImport({ jobId: job.jobId })).rejects.toThrow(/cannot be saved now/);
  });
});
