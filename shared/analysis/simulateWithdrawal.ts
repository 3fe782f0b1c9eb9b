// A withdrawal simulation (DESIGN.md §4): each party's chance of losing what it needs, the range
// of outcomes, why, what stops flowing, who may leave next and who could fill the gaps. Pure:
// reads the compiled network, returns new data.
//
// `simulateWithdrawal` answers at once. `WithdrawalSimulation` lets a caller that must stay
// responsive (the app's worker on a very large network) simulate futures in slices, show the
// estimate so far and stop early: every result says how precise it is.
import { Cascade } from './cascade';
import type { CascadeEstimate } from './cascade';
import { compileNetwork } from './compileNetwork';
import type { CompiledNetwork } from './compileNetwork';
import { endRelationships } from './endRelationships';
import { chainExplainer } from './explainChains';
import { hopDistances } from './hopDistances';
import { linkKeys } from './linkKeys';
import { mitigationPlanner } from './mitigation';
import { LazyPartyImpact } from './partyImpact';
import type { ImpactClass, ImpactDetails, PartyImpact } from './partyImpact';
import { rankImpacts } from './rankImpacts';
import { resolveWithdrawn } from './resolveWithdrawn';
import { resourcesLost } from './resourcesLost';
import type { ResourcesLost } from './resourcesLost';
import type { OutcomeRange } from './sampleStatistics';
import { secondaryRisk } from './secondaryRisk';
import { cascadeSettings, resolveSimulationOptions } from './simulationOptions';
import type { ResolvedSimulationOptions, SimulationOptions } from './simulationOptions';
import { strongestChains } from './strongestChains';

export type { ImpactClass, PartyImpact } from './partyImpact';

export interface WithdrawalSummary {
  readonly parties: number;
  readonly withdrawn: number;
  /** Parties at or above the affected threshold, disrupted ones included. */
  readonly affected: number;
  readonly disrupted: number;
  readonly externalAffected: number;
  readonly externalDisrupted: number;
  readonly mayStepAway: number;
}

/** How the chances were computed, and how far they can be trusted. */
export interface WithdrawalEstimate {
  /** Futures simulated (for the sampled chances and the range of outcomes). */
  readonly futures: number;
  /** Every chance computed exactly; the futures then only give the range of outcomes. */
  readonly exact: boolean;
  /** Largest 95% margin of any party's chance. */
  readonly largestMargin: number;
  /** The margin that was asked for. */
  readonly precision: number;
  readonly seed: number;
  /** False while futures are still being simulated (an early estimate). */
  readonly complete: boolean;
}

/** DESIGN.md §4.5: how many lose what they need, over the simulated futures. */
export interface WithdrawalOutcomes {
  readonly everyone: OutcomeRange;
  /** Patients, clients and families only. */
  readonly external: OutcomeRange;
}

/** Who withdraws, and which agreements end without their party leaving (§4.9). */
export interface WithdrawalQuestion {
  readonly parties: readonly string[];
  readonly relationships?: readonly string[];
}

export interface WithdrawalResult {
  readonly withdrawn: readonly string[];
  /** Relationships that ended (§4.9), by id. */
  readonly endedRelationships: readonly string[];
  readonly options: ResolvedSimulationOptions;
  readonly estimate: WithdrawalEstimate;
  readonly outcomes: WithdrawalOutcomes;
  /** Every party, most vulnerable first (§4.8). */
  readonly parties: readonly PartyImpact[];
  readonly summary: WithdrawalSummary;
  readonly resourcesLost: ResourcesLost;
}

// Shared by every party that needs no mitigation: one frozen array instead of 100,000 empty ones.
const NO_MITIGATION: readonly [] = Object.freeze([]) as readonly [];

export class WithdrawalSimulation {
  readonly #compiled: CompiledNetwork;
  readonly #options: ResolvedSimulationOptions;
  readonly #withdrawn: Int32Array;
  readonly #ended: readonly string[];
  readonly #cascade: Cascade;

  /** `question`: the withdrawn parties' ids, or those and the ended relationships' ids. */
  constructor(compiled: CompiledNetwork, question: readonly string[] | WithdrawalQuestion, options: SimulationOptions = {}) {
    this.#options = resolveSimulationOptions(options);
    const { parties, relationships = [] } = Array.isArray(question) ? { parties: question as readonly string[] } : (question as WithdrawalQuestion);
    const withdrawn = resolveWithdrawn(compiled, parties);
    this.#ended = [...new Set(relationships)];
    if (this.#ended.length === 0) {
      this.#compiled = compiled;
      this.#withdrawn = withdrawn;
    } else {
      const ended = endRelationships(compiled.network, this.#ended);
      this.#compiled = compileNetwork(ended);
      this.#withdrawn = Int32Array.from([...withdrawn, ...ended.standIns.map((id) => this.#compiled.indexOf.get(id)!)]);
    }
    const keyOf = linkKeys(this.#compiled, this.#options.seed);
    this.#cascade = new Cascade(this.#compiled, this.#compiled.external, this.#withdrawn, keyOf, cascadeSettings(this.#options));
  }

  get done(): boolean {
    return this.#cascade.done;
  }

  /** Simulates futures until the precision is reached or `deadline` (performance.now()) passes. */
  step(deadline = Infinity): boolean {
    return this.#cascade.step(deadline);
  }

  /** Futures simulated so far and the largest margin yet, without building a result. */
  progress(): { futures: number; largestMargin: number } {
    return this.#cascade.progress();
  }

  /** The answer so far; final once `done`. */
  result(): WithdrawalResult {
    return buildResult(this.#compiled, this.#withdrawn, this.#ended, this.#options, this.#cascade.estimate(), this.done);
  }
}

export function simulateWithdrawal(compiled: CompiledNetwork, question: readonly string[] | WithdrawalQuestion, options: SimulationOptions = {}): WithdrawalResult {
  const simulation = new WithdrawalSimulation(compiled, question, options);
  simulation.step();
  return simulation.result();
}

function buildResult(
  compiled: CompiledNetwork,
  withdrawn: Int32Array,
  ended: readonly string[],
  options: ResolvedSimulationOptions,
  estimate: CascadeEstimate,
  complete: boolean,
): WithdrawalResult {
  const { impact, margin } = estimate;
  const n = compiled.partyCount;
  const isWithdrawn = new Uint8Array(n);
  for (const w of withdrawn) isWithdrawn[w] = 1;
  const classOf = (i: number): ImpactClass =>
    isWithdrawn[i]
      ? 'withdrawn'
      : impact[i]! >= options.disruptedThreshold
        ? 'disrupted'
        : impact[i]! >= options.affectedThreshold
          ? 'affected'
          : 'unaffected';
  const classes = Array.from({ length: n }, (_, i) => classOf(i));
  const affected = Uint8Array.from(classes, (impactClass) => Number(impactClass === 'affected' || impactClass === 'disrupted'));

  const hops = hopDistances(compiled, withdrawn);
  const explain = chainExplainer(compiled, strongestChains(compiled, withdrawn), isWithdrawn);
  const { meanTrust, risk } = secondaryRisk(compiled, impact, isWithdrawn);
  const planMitigation = mitigationPlanner(compiled, { ...options, impact, isWithdrawn });
  const details: ImpactDetails = {
    chain: (i) => (affected[i] ? explain(i) : null),
    mitigation: (i) => (classes[i] === 'disrupted' ? planMitigation(i) : NO_MITIGATION),
  };

  // Stand-ins for ended agreements are not parties of the network: they stay out of the lists.
  const real = Int32Array.from(rankImpacts(compiled, impact, isWithdrawn, options.affectedThreshold)).filter((i) => compiled.network.parties[i]!.standsFor === undefined);
  const parties = Array.from(real, (i): PartyImpact => {
    const party = compiled.network.parties[i]!;
    const fields = {
      id: party.id,
      name: party.name,
      side: party.side,
      type: party.type,
      impact: impact[i]!,
      margin: margin[i]!,
      impactClass: classes[i]!,
      hops: hops[i] === -1 ? null : hops[i]!,
      meanTrust: isWithdrawn[i] ? null : meanTrust[i]!,
      risk: risk[i]!,
      mayStepAway: affected[i] === 1 && risk[i]! >= options.riskThreshold,
    };
    return new LazyPartyImpact(fields, i, details);
  });

  const withdrawnParties = Array.from(withdrawn, (w) => compiled.network.parties[w]!).filter((party) => party.standsFor === undefined);
  return {
    withdrawn: withdrawnParties.map((party) => party.id),
    endedRelationships: ended,
    options,
    estimate: {
      futures: estimate.futures,
      exact: estimate.exact,
      largestMargin: estimate.largestMargin,
      precision: options.precision,
      seed: options.seed,
      complete,
    },
    outcomes: { everyone: estimate.everyone!, external: estimate.external! },
    parties,
    summary: summarise(parties, withdrawnParties.length),
    resourcesLost: resourcesLost(compiled, impact, isWithdrawn, options.affectedThreshold),
  };
}

function summarise(parties: readonly PartyImpact[], withdrawn: number): WithdrawalSummary {
  let affected = 0;
  let disrupted = 0;
  let externalAffected = 0;
  let externalDisrupted = 0;
  let mayStepAway = 0;
  for (const party of parties) {
    const isAffected = party.impactClass === 'affected' || party.impactClass === 'disrupted';
    const isDisrupted = party.impactClass === 'disrupted';
    const external = party.side === 'external';
    affected += Number(isAffected);
    disrupted += Number(isDisrupted);
    externalAffected += Number(isAffected && external);
    externalDisrupted += Number(isDisrupted && external);
    mayStepAway += Number(party.mayStepAway);
  }
  return { parties: parties.length, withdrawn, affected, disrupted, externalAffected, externalDisrupted, mayStepAway };
}
