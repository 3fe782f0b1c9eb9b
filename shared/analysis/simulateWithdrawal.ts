// A withdrawal simulation (DESIGN.md §4): who is hit, how hard, why, what stops flowing, who may
// leave next and who could fill the gaps. Pure: reads the compiled network, returns new data.
import type { PartySide } from '../domain/constants';
import type { CompiledNetwork } from './compileNetwork';
import { chainExplainer } from './explainChains';
import type { ImpactChain } from './explainChains';
import { hopDistances } from './hopDistances';
import { mitigationPlanner } from './mitigation';
import type { Mitigation } from './mitigation';
import { propagateImpact } from './propagateImpact';
import { rankImpacts } from './rankImpacts';
import { resolveWithdrawn } from './resolveWithdrawn';
import { resourcesLost } from './resourcesLost';
import type { ResourcesLost } from './resourcesLost';
import { secondaryRisk } from './secondaryRisk';
import { resolveSimulationOptions } from './simulationOptions';
import type { ResolvedSimulationOptions, SimulationOptions } from './simulationOptions';
import { strongestChains } from './strongestChains';

export type ImpactClass = 'withdrawn' | 'disrupted' | 'affected' | 'unaffected';

export interface PartyImpact {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  /** I in [0, 1]; 1 for withdrawn parties. */
  readonly impact: number;
  readonly impactClass: ImpactClass;
  /** Fewest dependency hops from a withdrawn party; 0 when withdrawn, null when unreachable. */
  readonly hops: number | null;
  /** The strongest explaining chain, for affected parties only. Built on first read. */
  readonly chain: ImpactChain | null;
  /** Mean trust toward remaining partners (§4.7); null for withdrawn parties. */
  readonly meanTrust: number | null;
  readonly risk: number;
  /** Affected and risk at or above the risk threshold: it "may also step away". */
  readonly mayStepAway: boolean;
  /** For disrupted parties: what they lost and who could provide it instead. Built on first read. */
  readonly mitigation: readonly Mitigation[];
}

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

export interface WithdrawalResult {
  readonly withdrawn: readonly string[];
  readonly options: ResolvedSimulationOptions;
  readonly converged: boolean;
  readonly rounds: number;
  /** Every party, most vulnerable first (§4.6). */
  readonly parties: readonly PartyImpact[];
  readonly summary: WithdrawalSummary;
  readonly resourcesLost: ResourcesLost;
}

// Shared by every party that needs no mitigation: one frozen array instead of 100,000 empty ones.
const NO_MITIGATION: readonly Mitigation[] = Object.freeze([]);

/** Builds one party's chain or mitigation when it is first read; shared by a whole result. */
interface Details {
  chain(party: number): ImpactChain | null;
  mitigation(party: number): readonly Mitigation[];
}

/**
 * A party's result. `chain` and `mitigation` are accessors that build (and keep) the answer on
 * first read: withdrawing a statewide hub affects tens of thousands of parties, and building
 * every chain and mitigation list up front cost more than the propagation itself while the app
 * and the command line only ever read a few of them. `toJSON` includes both, so
 * JSON.stringify and the worker messages see the whole result; an object spread does not
 * (accessors live on the prototype), so read them by name.
 */
class LazyPartyImpact implements PartyImpact {
  // Private fields, not properties: equality checks and key listings see only the data.
  readonly #index: number;
  readonly #details: Details;
  #chain: ImpactChain | null | undefined = undefined;
  #mitigation: readonly Mitigation[] | undefined = undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly side: PartySide,
    readonly type: string,
    readonly impact: number,
    readonly impactClass: ImpactClass,
    readonly hops: number | null,
    readonly meanTrust: number | null,
    readonly risk: number,
    readonly mayStepAway: boolean,
    index: number,
    details: Details,
  ) {
    this.#index = index;
    this.#details = details;
  }

  get chain(): ImpactChain | null {
    if (this.#chain === undefined) this.#chain = this.#details.chain(this.#index);
    return this.#chain;
  }

  get mitigation(): readonly Mitigation[] {
    return (this.#mitigation ??= this.#details.mitigation(this.#index));
  }

  toJSON(): PartyImpact {
    const { id, name, side, type, impact, impactClass, hops, chain, meanTrust, risk, mayStepAway, mitigation } = this;
    return { id, name, side, type, impact, impactClass, hops, chain, meanTrust, risk, mayStepAway, mitigation };
  }
}

export function simulateWithdrawal(
  compiled: CompiledNetwork,
  withdrawnIds: readonly string[],
  options: SimulationOptions = {},
): WithdrawalResult {
  const resolved = resolveSimulationOptions(options);
  const withdrawn = resolveWithdrawn(compiled, withdrawnIds);
  const n = compiled.partyCount;
  const isWithdrawn = new Uint8Array(n);
  for (const w of withdrawn) isWithdrawn[w] = 1;

  const { impact, rounds, converged } = propagateImpact(compiled, withdrawn, resolved);
  const classOf = (i: number): ImpactClass =>
    isWithdrawn[i]
      ? 'withdrawn'
      : impact[i]! >= resolved.disruptedThreshold
        ? 'disrupted'
        : impact[i]! >= resolved.affectedThreshold
          ? 'affected'
          : 'unaffected';
  const classes = Array.from({ length: n }, (_, i) => classOf(i));
  const affected = Uint8Array.from(classes, (impactClass) => Number(impactClass === 'affected' || impactClass === 'disrupted'));

  const hops = hopDistances(compiled, withdrawn);
  const explain = chainExplainer(compiled, strongestChains(compiled, withdrawn), isWithdrawn);
  const { meanTrust, risk } = secondaryRisk(compiled, impact, isWithdrawn);
  const planMitigation = mitigationPlanner(compiled, { ...resolved, impact, isWithdrawn });
  const details: Details = {
    chain: (i) => (affected[i] ? explain(i) : null),
    mitigation: (i) => (classes[i] === 'disrupted' ? planMitigation(i) : NO_MITIGATION),
  };

  const parties = Array.from(rankImpacts(compiled, impact, isWithdrawn, resolved.affectedThreshold), (i): PartyImpact => {
    const party = compiled.network.parties[i]!;
    return new LazyPartyImpact(
      party.id,
      party.name,
      party.side,
      party.type,
      impact[i]!,
      classes[i]!,
      hops[i] === -1 ? null : hops[i]!,
      isWithdrawn[i] ? null : meanTrust[i]!,
      risk[i]!,
      affected[i] === 1 && risk[i]! >= resolved.riskThreshold,
      i,
      details,
    );
  });

  return {
    withdrawn: Array.from(withdrawn, (w) => compiled.network.parties[w]!.id),
    options: resolved,
    converged,
    rounds,
    parties,
    summary: summarise(parties, withdrawn.length),
    resourcesLost: resourcesLost(compiled, impact, isWithdrawn, resolved.affectedThreshold),
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
