// A real back end (router, services, repository) connected to the test run's Neo4j through
// the same "configured server" path a user takes in the settings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { createApiClient } from '../../shared/api';
import type { ApiErrorCode, CareweaveApi } from '../../shared/api';
import { createBackend } from '../../main/composition';
import type { Backend } from '../../main/composition';
import { createFileSecretStore } from '../../main/settings/secretStore';

export interface TestBackend {
  backend: Backend;
  api: CareweaveApi;
  dispose(): Promise<void>;
}

export function testDatabaseTarget(): { url: string; user: string; password: string } {
  return { url: inject('neo4jUrl'), user: inject('neo4jUser'), password: inject('neo4jPassword') };
}

/** A back end on a data folder of the test's choosing, not yet connected to anything. */
export function createBackendIn(userDataDir: string): { backend: Backend; api: CareweaveApi } {
  const backend = createBackend({
    appVersion: 'test',
    transport: 'http',
    userDataDir,
    resourcesDir: join(process.cwd(), 'resources'),
    secrets: createFileSecretStore(join(userDataDir, 'secrets.json')),
    startLocal: () => Promise.reject(new Error('The test back end uses the shared test database, not its own.')),
  });
  return { backend, api: createApiClient((method, request) => backend.router.dispatch(method, request)) };
}

export async function createTestBackend(url = testDatabaseTarget().url): Promise<TestBackend> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'careweave-test-'));
  const { backend, api } = createBackendIn(userDataDir);
  const { user, password } = testDatabaseTarget();
  await backend.database.configure({ mode: 'server', url, user, password });
  return {
    backend,
    api,
    async dispose() {
      await backend.database.stop();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sends a request through the router and expects it refused with this code and message. */
export async function expectRefused(t: TestBackend, method: string, request: unknown, code: ApiErrorCode, message: RegExp): Promise<void> {
  const envelope = await t.backend.router.dispatch(method, request);
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message).toMatch(message);
}
