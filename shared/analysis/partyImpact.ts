// One party's answer to a withdrawal simulation. `chain` and `mitigation` are built on first
// read: withdrawing a statewide hub reaches tens of thousands of parties, and building every
// explanation up front cost more than the cascade itself while the app and the command line only
// ever read a few of them.
import type { PartySide } from '../domain/constants';
import type { ImpactChain } from './explainChains';
import type { Mitigation } from './mitigation';

export type ImpactClass = 'withdrawn' | 'disrupted' | 'affected' | 'unaffected';

export interface PartyImpact {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  /** I: the chance, in [0, 1], that the party loses what it needs; 1 for withdrawn parties. */
  readonly impact: number;
  /** 95% margin of `impact`; 0 where it was computed exactly. */
  readonly margin: number;
  readonly impactClass: ImpactClass;
  /** Fewest dependency hops from a withdrawn party; 0 when withdrawn, null when unreachable. */
  readonly hops: number | null;
  /** The most likely single chain that explains the loss, for affected parties only. */
  readonly chain: ImpactChain | null;
  /** Mean trust toward remaining partners (§4.10); null for withdrawn parties. */
  readonly meanTrust: number | null;
  readonly risk: number;
  /** Affected and risk at or above the risk threshold: it "may also step away". */
  readonly mayStepAway: boolean;
  /** For disrupted parties: what they lost and who could provide it instead. */
  readonly mitigation: readonly Mitigation[];
}

/** Builds one party's chain or mitigation when it is first read; shared by a whole result. */
export interface ImpactDetails {
  chain(party: number): ImpactChain | null;
  mitigation(party: number): readonly Mitigation[];
}

export type PartyImpactFields = Omit<PartyImpact, 'chain' | 'mitigation'>;

/**
 * `chain` and `mitigation` are accessors that build (and keep) the answer on first read. `toJSON`
 * includes both, so JSON.stringify and the worker messages see the whole result; an object
 * spread does not (accessors live on the prototype), so read them by name.
 */
export class LazyPartyImpact implements PartyImpact {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  readonly impact: number;
  readonly margin: number;
  readonly impactClass: ImpactClass;
  readonly hops: number | null;
  readonly meanTrust: number | null;
  readonly risk: number;
  readonly mayStepAway: boolean;
  // Private fields, not properties: equality checks and key listings see only the data.
  readonly #index: number;
  readonly #details: ImpactDetails;
  #chain: ImpactChain | null | undefined = undefined;
  #mitigation: readonly Mitigation[] | undefined = undefined;

  constructor(fields: PartyImpactFields, index: number, details: ImpactDetails) {
    this.id = fields.id;
    this.name = fields.name;
    this.side = fields.side;
    this.type = fields.type;
    this.impact = fields.impact;
    this.margin = fields.margin;
    this.impactClass = fields.impactClass;
    this.hops = fields.hops;
    this.meanTrust = fields.meanTrust;
    this.risk = fields.risk;
    this.mayStepAway = fields.mayStepAway;
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
    const { id, name, side, type, impact, margin, impactClass, hops, chain, meanTrust, risk, mayStepAway, mitigation } = this;
    return { id, name, side, type, impact, margin, impactClass, hops, chain, meanTrust, risk, mayStepAway, mitigation };
  }
}
