// The messages between the page and the simulation worker. The worker holds the compiled
// network (compiled once per revision of the open network) and the latest result, so the page
// only ever receives plain, small views of it.
import type { ImpactNetwork, PartyCriticality, ScenarioComparison } from '../../../shared/analysis';
import type { WithdrawalQuestion } from '../core/simulation/simulationState';
import type { ImpactRow, RowSection, SimulationView } from '../core/simulation/simulationView';

export type { WithdrawalQuestion };

// A question reaches the worker resolved (simulationState.resolveQuestion): its ended agreements
// include those its day ends.
export type SimulationRequest =
  | { type: 'load'; revision: number; network: ImpactNetwork }
  | ({ type: 'simulate'; id: number } & WithdrawalQuestion)
  | { type: 'rows'; id: number; simulationId: number; section: RowSection; offset: number; limit: number }
  | { type: 'compare'; id: number; a: WithdrawalQuestion; b: WithdrawalQuestion }
  | { type: 'criticality'; id: number; scope: CriticalityScope };

/** What the criticality ranking ranks: parties alone, or organisations with everyone inside them. */
export type CriticalityScope = 'parties' | 'organisations';

export type SimulationReply =
  | { type: 'loaded'; revision: number; ms: number }
  | { type: 'simulated'; id: number; view: SimulationView; missing: string[]; ms: number }
  // An early answer while a large simulation is still refining (view.estimate.complete is false).
  | { type: 'estimated'; id: number; view: SimulationView; missing: string[]; ms: number }
  | { type: 'rows'; id: number; rows: ImpactRow[] }
  | { type: 'compared'; id: number; comparison: ScenarioComparison; missingA: string[]; missingB: string[] }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'ranked'; id: number; ranking: RankedEntry[]; ms: number }
  | { type: 'failed'; id: number | null; message: string };

/** A ranking entry; an organisation's says how many parties withdraw with it. */
export type RankedEntry = PartyCriticality & { members?: number };

export type ReplyOf<T extends SimulationReply['type']> = Extract<SimulationReply, { type: T }>;
