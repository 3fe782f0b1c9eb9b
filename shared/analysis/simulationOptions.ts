// The user-adjustable numbers of a withdrawal simulation, with DESIGN.md §4's defaults, checked
// before any work starts.

export interface SimulationOptions {
  /** Impact at which a party counts as affected (§4.3). */
  readonly affectedThreshold?: number;
  /** Impact at which a party counts as disrupted (§4.3). */
  readonly disruptedThreshold?: number;
  /** Secondary withdrawal risk at which a party is flagged as likely to step away (§4.7). */
  readonly riskThreshold?: number;
  /** Most propagation rounds before giving up and reporting `converged: false` (§4.2). */
  readonly maxRounds?: number;
  /** Propagation stops when no impact moves more than this in a round (§4.2). */
  readonly tolerance?: number;
  /** Most mitigation candidates listed per lost service or resource (§4.8). */
  readonly maxCandidates?: number;
}

export type ResolvedSimulationOptions = Required<SimulationOptions>;

export const DEFAULT_SIMULATION_OPTIONS: ResolvedSimulationOptions = Object.freeze({
  affectedThreshold: 0.05,
  disruptedThreshold: 0.5,
  riskThreshold: 0.3,
  // Rounds needed grow with the longest chain of strong dependencies; real care networks
  // converge in tens of rounds, so 1,000 only stops pathological inputs.
  maxRounds: 1000,
  tolerance: 1e-9,
  maxCandidates: 5,
});

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
  for (const name of ['maxRounds', 'maxCandidates'] as const) {
    const value = resolved[name];
    if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`${name} must be a whole number of at least 0 (got ${value}).`);
  }
  if (!(resolved.tolerance >= 0 && resolved.tolerance < 1)) {
    throw new RangeError(`tolerance must be at least 0 and below 1 (got ${resolved.tolerance}).`);
  }
  return resolved;
}

function definedOnly(options: SimulationOptions): SimulationOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
