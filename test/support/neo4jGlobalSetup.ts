// One real local Neo4j for the whole test run: starting one costs ~10 s on a 2-core machine,
// so tests share it (each test works in its own network ids) instead of starting their own.
// A database that cannot start fails the run loudly; tests never skip for lack of one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../main/database/localNeo4j';

// The values this setup provides to every test (inject). The empty import above has this file
// load 'vitest' itself: without it, tsc did not apply the augmentation under tsconfig.node.json.
declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUrl: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'careweave-test-neo4j-'));
  const started = Date.now();
  const db = await startLocalNeo4j({ dataDir }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`The test database could not start, so the test run cannot go on: ${String(error)}`, {
      cause: error,
    });
  });
  console.log(`[careweave] test Neo4j ready at ${db.boltUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  project.provide('neo4jUrl', db.boltUrl);
  project.provide('neo4jUser', db.user);
  project.provide('neo4jPassword', db.password);
  // For child processes the tests spawn (browser-mode server, CLI scripts).
  process.env.CAREWEAVE_TEST_NEO4J_URL = db.boltUrl;
  process.env.CAREWEAVE_TEST_NEO4J_USER = db.user;
  process.env.CAREWEAVE_TEST_NEO4J_PASSWORD = db.password;

  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
