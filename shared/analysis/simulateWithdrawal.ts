// A withdrawal simulation (DESIGN.md §4): who is hit, how hard, why, what stops flowing, who may
// leave next and who could fill the gaps. Pure: reads the compiled network, returns new data.
import type { PartySide } from '../domain/constants';
import type { CompiledNetwork } from './compileNetwork';
import { explainChains } from './explainChains';
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
  /** The strongest explaining chain, for affected parties only. */
  readonly chain: ImpactChain | null;
  /** Mean trust toward remaining partners (§4.7); null for withdrawn parties. */
  readonly meanTrust: number | null;
  readonly risk: number;
  /** Affected and risk at or above the risk threshold: it "may also step away". */
  readonly mayStepAway: boolean;
  /** For disrupted parties: what they lost and who could provide it instead. */
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
  const chains = explainChains(compiled, strongestChains(compiled, withdrawn), isWithdrawn, affected);
  const { meanTrust, risk } = secondaryRisk(compiled, impact, isWithdrawn);
  const planMitigation = mitigationPlanner(compiled, { ...resolved, impact, isWithdrawn });

  const parties = Array.from(rankImpacts(compiled, impact, isWithdrawn, resolved.affectedThreshold), (i): PartyImpact => {
    const party = compiled.network.parties[i]!;
    return {
      id: party.id,
      name: party.name,
      side: party.side,
      type: party.type,
      impact: impact[i]!,
      impactClass: classes[i]!,
      hops: hops[i] === -1 ? null : hops[i]!,
      chain: chains[i] ?? null,
      meanTrust: isWithdrawn[i] ? null : meanTrust[i]!,
      risk: risk[i]!,
      mayStepAway: affected[i] === 1 && risk[i]! >= resolved.riskThreshold,
      mitigation: classes[i] === 'disrupted' ? planMitigation(i) : NO_MITIGATION,
    };
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
