// What a person reads when the database fails under them: a connection being replaced during a
// restart ("Pool is closed") is a 503 that says nothing was saved, not a 502 with the driver's
// words; lock and memory failures are said in plain words. The driver errors are real ones.
import { mkdtemp } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ApiError, HTTP_TOKEN_HEADER } from '../../shared/api';
import { createRouter } from '../../main/api/router';
import type { ApiHandlers } from '../../shared/api';
import { toApiError } from '../../main/database/neo4jErrors';
import { startBrowserServer } from '../../main/http/server';

// As during a database restart: a request opened its session, then the app closed the driver
// to replace the connection. Nothing listens on port 9; the driver never gets that far.
async function closedPoolError(): Promise<unknown> {
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'));
  const session = driver.session();
  await driver.close();
  return session.executeWrite((tx) => tx.run('RETURN 1')).then(
    () => new Error('the closed driver answered'),
    (error: unknown) => error,
  );
}

describe('driver and database errors in plain words', () => {
  it('reports a closed connection pool (a restart in progress) as unavailable: nothing was saved', async () => {
    const error = await closedPoolError();
    expect(String((error as Error).message)).toMatch(/Pool is closed/);
    const apiError = toApiError(error);
    expect(apiError.code).toBe('database_unavailable');
    expect(apiError.message).toMatch(/nothing was saved/);
    expect(apiError.message).not.toMatch(/Pool is closed/);
  });

  it.each([
    ['Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[2] can\'t acquire ExclusiveLock{owner=ForsetiClient[3]}'],
    ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'Unable to acquire lock within configured timeout'],
  ])('says a lock failure (%s) in words, as a retryable 503', (code, message) => {
    const apiError = toApiError(new Neo4jError(message, code, '50N42', 'error'));
    expect(apiError.code).toBe('database_unavailable');
    expect(apiError.message).toMatch(/same items .* not saved\. Try again/);
    expect(apiError.message).not.toContain(code);
  });

  it.each([
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 2.0 MiB would use more than the limit 100.0 MiB.'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'Transaction memory limit reached'],
    ['Neo.DatabaseError.General.OutOfMemoryError', 'Java heap space'],
  ])('says running out of memory (%s) in words, with what to do', (code, message) => {
    const apiError = toApiError(new Neo4jError(message, code, '50N42', 'error'));
    expect(apiError.message).toMatch(/ran out of memory .* nothing was saved\. Make the change in smaller parts/);
    expect(apiError.message).not.toContain(code);
  });

  it('answers a closed pool over HTTP with 503, not 502', async () => {
    const poolError = await closedPoolError();
    const failing = new Proxy({} as ApiHandlers, { get: () => () => Promise.reject(poolError) });
    const rendererDir = await mkdtemp(join(tmpdir(), 'careweave-renderer-'));
    const server = await startBrowserServer({ router: createRouter(failing), rendererDir });
    try {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/listNetworks',
            method: 'POST',
            headers: { [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBe(503);
      expect(ApiError.fromBody((JSON.parse(body) as { error: ApiError }).error).message).toMatch(/nothing was saved/);
    } finally {
      await server.close();
    }
  });
});
