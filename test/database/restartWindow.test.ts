// The local database's restart limit counts crashes in a time window, not over the app's life.
// The database is the real test database; only its process is stood in for, so a "crash" is the
// handle's exit promise settling, and the clock is moved on instead of waited for.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDatabaseError } from '../../main/database/localDatabaseError';
import { DatabaseManager } from '../../main/database/manager';
import type { LocalDatabaseHandle } from '../../main/database/manager';
import { DEFAULT_RESTART_POLICY } from '../../main/database/restartPolicy';
import { createFileSecretStore } from '../../main/settings/secretStore';
import { createSettingsStore } from '../../main/settings/settingsStore';
import { testDatabaseTarget } from '../support/testBackend';

const MINUTE = 60_000;
let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'careweave-restarts-'));
  let clock = Date.now();
  const crashes: Array<() => void> = [];
  let failingStarts = 0;
  const startLocal = async (): Promise<LocalDatabaseHandle> => {
    if (failingStarts > 0) {
      failingStarts -= 1;
      throw new LocalDatabaseError('start_failed', 'The local database was stopped by SIGKILL while starting.');
    }
    const { url, user, password } = testDatabaseTarget();
    const exited = new Promise<void>((settle) => crashes.push(settle));
    return { boltUrl: url, user, password, exited, stop: async () => undefined };
  };
  const manager = new DatabaseManager({
    settings: createSettingsStore(join(dir, 'settings.json')),
    secrets: createFileSecretStore(join(dir, 'secrets.json')),
    startLocal,
    restartPolicy: { ...DEFAULT_RESTART_POLICY, firstDelayMs: 10, maxDelayMs: 40 },
    now: () => clock,
  });
  cleanup.push(async () => {
    await manager.stop();
    await rm(dir, { recursive: true, force: true });
  });
  await manager.start();
  const state = async () => (await manager.status()).state;
  const crashAfter = async (ms: number) => {
    clock += ms;
    crashes.at(-1)?.();
    await expect.poll(state).not.toBe('connected');
  };
  return {
    manager,
    state,
    crashAfter,
    starts: () => crashes.length,
    failNextStarts: (count: number) => (failingStarts = count),
  };
}

describe('restarting a local database that stopped unexpectedly', () => {
  it('keeps restarting crashes that are far apart, however many there are', async () => {
    const { state, crashAfter, starts } = await setUp();
    expect(await state()).toBe('connected');
    for (let crash = 1; crash <= 5; crash += 1) {
      await crashAfter(20 * MINUTE);
      await expect.poll(state, { timeout: 15_000 }).toBe('connected');
      expect(starts()).toBe(crash + 1);
    }
  });

  it('tries again, with backoff, when a restart itself fails (the database died again while starting)', async () => {
    const { state, crashAfter, failNextStarts, starts } = await setUp();
    failNextStarts(2);
    await crashAfter(MINUTE);
    await expect.poll(state, { timeout: 15_000 }).toBe('connected');
    expect(starts()).toBe(2);
  });

  it('stops after too many crashes close together, says so, and starts again when asked', async () => {
    const { manager, state, crashAfter, starts } = await setUp();
    for (let crash = 1; crash <= DEFAULT_RESTART_POLICY.maxCrashes; crash += 1) {
      await crashAfter(MINUTE);
      await expect.poll(state, { timeout: 15_000 }).toBe('connected');
    }
    await crashAfter(MINUTE);
    await expect.poll(state).toBe('error');
    const status = await manager.status();
    expect(status.message).toMatch(/stopped unexpectedly 4 times within 10 minutes/);
    expect(status.message).toMatch(/Try again/);
    const startsBefore = starts();
    await new Promise((settle) => setTimeout(settle, 200));
    expect(starts()).toBe(startsBefore);

    expect((await manager.retry()).state).toBe('connected');
    expect(starts()).toBe(startsBefore + 1);
  });
});
