// When to bring a crashed local database back, and when to stop trying. Crashes are counted in a
// sliding window, not over the app's whole life: a database that crashed once a week for a month
// is unlucky, one that crashes four times in ten minutes is broken. Restarts back off so a
// database that dies at once does not spin the CPU.

export interface RestartPolicy {
  /** More crashes than this within the window and the app stops restarting on its own. */
  maxCrashes: number;
  windowMs: number;
  /** Delay before the first restart; doubled for each further crash in the window. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxCrashes: 3,
  windowMs: 10 * 60 * 1000,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export type RestartDecision = { restart: true; delayMs: number; recent: number[] } | { restart: false; recent: number[] };

/** Adds a crash at `now` to the recent ones and decides; never mutates `crashes`. */
export function decideRestart(crashes: readonly number[], now: number, policy: RestartPolicy): RestartDecision {
  const recent = [...crashes.filter((at) => now - at < policy.windowMs), now];
  if (recent.length > policy.maxCrashes) return { restart: false, recent };
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (recent.length - 1));
  return { restart: true, delayMs, recent };
}

/** Backoff for reconnecting to a server that went away: quick at first, then every few seconds. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
}
