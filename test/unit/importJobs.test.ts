// Import jobs a closed tab abandoned must not block new imports: an idle job that is not running
// is given up quickly, and a new import takes the place of the longest-idle one when all places
// are taken. A job that is checking or writing is never given up. The clock is moved on, not waited.
import { describe, expect, it } from 'vitest';
import { ApiError, IMPORT_KEEP_ALIVE_MS } from '../../shared/api';
import { createJobStore } from '../../main/services/exchangeJobs';
import type { Job } from '../../main/services/exchangeJobs';

function setUp() {
  let now = 1_000_000;
  let ids = 0;
  const jobs = createJobStore({ clock: () => now, newId: () => `job-${++ids}` });
  const open = (phase: Job['phase'] = 'ready') =>
    jobs.create({ format: 'csv', files: [{ name: 'p.csv', size: 10, encoding: 'utf-8', chunks: [], chars: 0 }], targetNetworkId: null, defaultKind: 'RELIES_ON', dateOrder: null, phase, notes: [] });
  return { jobs, open, wait: (ms: number) => (now += ms) };
}

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error.code : String(error);
  }
};

describe('abandoned import jobs', () => {
  it('let a new import proceed once the open ones have sat idle for a few seconds', () => {
    const { open, wait } = setUp();
    open();
    open('received');
    open('receiving');
    wait(20_000);
    expect(() => open()).not.toThrow();
  });

  it('are given up within about a minute, so their tab can no longer find them', () => {
    const { jobs, open, wait } = setUp();
    const abandoned = open();
    wait(61_000);
    expect(codeOf(() => jobs.get(abandoned.id))).toBe('not_found');
  });

  it('stay open while the page keeps asking about them', () => {
    const { jobs, open, wait } = setUp();
    const kept = open();
    for (let ask = 0; ask < 40; ask += 1) {
      wait(IMPORT_KEEP_ALIVE_MS);
      jobs.get(kept.id);
    }
    expect(jobs.get(kept.id).id).toBe(kept.id);
  });

  it('never give up or displace a job that is checking or writing', () => {
    const { jobs, open, wait } = setUp();
    const running = [open('writing'), open('analyzing'), open('writing')];
    wait(60 * 60 * 1000);
    expect(codeOf(() => open())).toBe('conflict');
    for (const job of running) expect(jobs.get(job.id).phase).toMatch(/writing|analyzing/);
  });

  it('refuse a fourth import while three others are still being sent', () => {
    const { open, wait } = setUp();
    open('receiving');
    open('receiving');
    open('receiving');
    wait(2_000);
    expect(codeOf(() => open())).toBe('conflict');
  });
});
