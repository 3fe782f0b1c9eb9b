// The user-adjustable numbers of a withdrawal simulation, with DESIGN.md §4's defaults, checked
// before any work starts.
import type { CascadeSettings } from './cascade';

export interface SimulationOptions {
  /** Chance at which a party counts as affected (§4.4). */
  readonly affectedThreshold?: number;
  /** Chance at which a party counts as disrupted (§4.4). */
  readonly disruptedThreshold?: number;
  /** Secondary withdrawal risk at which a party is flagged as likely to step away (§4.10). */
  readonly riskThreshold?: number;
  /** Largest 95% margin allowed on a sampled chance (§4.3). */
  readonly precision?: number;
  /** Seed of the simulated futures: the same seed, network and question give the same numbers. */
  readonly seed?: number;
  /** Most mitigation candidates listed per lost service or resource (§4.11). */
  readonly maxCandidates?: number;
}

export type ResolvedSimulationOptions = Required<SimulationOptions>;

export const DEFAULT_SIMULATION_OPTIONS: ResolvedSimulationOptions = Object.freeze({
  affectedThreshold: 0.05,
  disruptedThreshold: 0.5,
  riskThreshold: 0.3,
  precision: 0.01,
  seed: 1,
  maxCandidates: 5,
});

// The range of outcomes is read from at least this many futures: its 5th and 95th percentiles
// then rest on about 100 futures each side.
const MIN_FUTURES = 2048;
// A margin of ±0.001 needs about a million futures; nothing the app asks for needs more.
const MAX_FUTURES = 1 << 20;

export function resolveSimulationOptions(options: SimulationOptions = {}): ResolvedSimulationOptions {
  const resolved = { ...DEFAULT_SIMULATION_OPTIONS, ...definedOnly(options) };
  for (const name of ['affectedThreshold', 'disruptedThreshold', 'riskThreshold'] as const) {
    const value = resolved[name];
    if (!(value > 0 && value <= 1)) throw new RangeError(`${name} must be a number above 0 and at most 1 (got ${value}).`);
  }
  if (resolved.affectedThreshold > resolved.disruptedThreshold) {
    throw new RangeError(
      `The affected threshold (${resolved.affectedThreshold}) cannot be above the disrupted threshold (${resolved.disruptedThreshold}).`,
    );
  }
  if (!(resolved.precision >= 0.001 && resolved.precision <= 0.5)) {
    throw new RangeError(`precision must be a margin between 0.001 and 0.5, for example 0.01 for ±1 point (got ${resolved.precision}).`);
  }
  if (!(Number.isInteger(resolved.seed) && resolved.seed >= 0 && resolved.seed <= 0xffffffff)) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295 (got ${resolved.seed}).`);
  }
  if (!(Number.isInteger(resolved.maxCandidates) && resolved.maxCandidates >= 0)) {
    throw new RangeError(`maxCandidates must be a whole number of at least 0 (got ${resolved.maxCandidates}).`);
  }
  return resolved;
}

/** What the cascade needs of the options. */
export function cascadeSettings(options: ResolvedSimulationOptions): CascadeSettings {
  return { precision: options.precision, minFutures: MIN_FUTURES, maxFutures: MAX_FUTURES, outcomes: true };
}

function definedOnly(options: SimulationOptions): SimulationOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
