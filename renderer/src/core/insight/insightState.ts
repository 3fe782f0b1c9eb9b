// Network insight on screen: the latest report from the insight worker (metrics, scores,
// warnings), the harm ranking that follows it, scores of what the filters show and of a saved
// scenario's before and after, and the map options (badges, node size). Changed only by the
// actions below.
import type { PartyCriticality } from '../../../../shared/analysis';
import type { InsightReport, NetworkScores } from '../../../../shared/insight';

export type SizeBy = 'usual' | 'betweenness' | 'harm';
export type HarmStatus = 'idle' | 'running' | 'ready' | 'failed';

export type ScenarioScores = { id: string; name: string; before: NetworkScores; after: NetworkScores; missing: readonly string[] };

export type InsightState = {
  error: string | null;
  report: InsightReport | null;
  ranking: readonly PartyCriticality[] | null;
  harm: HarmStatus;
  harmProgress: number;
  /** Scores of what the map's filters show; null while no filter is on. */
  visibleScores: NetworkScores | null;
  scenario: ScenarioScores | null;
  badges: boolean;
  sizeBy: SizeBy;
};

export function getEmptyInsightState(): InsightState {
  return { error: null, report: null, ranking: null, harm: 'idle', harmProgress: 0, visibleScores: null, scenario: null, badges: true, sizeBy: 'usual' };
}

export const insightActions = {
  reported: (state: InsightState, report: InsightReport): InsightState => ({ ...state, error: null, report }),
  failed: (state: InsightState, message: string): InsightState => ({ ...state, error: message }),
  // A new network: the ranking on screen no longer fits it. (The same state when there is none,
  // so an edit does not redraw everything once more before its report arrives.)
  networkChanged: (state: InsightState): InsightState =>
    state.ranking === null && state.harm === 'idle' ? state : { ...state, ranking: null, harm: 'idle', harmProgress: 0 },
  harmStarted: (state: InsightState): InsightState => ({ ...state, harm: 'running', harmProgress: 0 }),
  harmProgressed: (state: InsightState, done: number, total: number): InsightState => ({ ...state, harmProgress: total > 0 ? done / total : 0 }),
  harmRanked: (state: InsightState, ranking: readonly PartyCriticality[]): InsightState => ({ ...state, ranking, harm: 'ready', harmProgress: 1 }),
  harmFailed: (state: InsightState, message: string): InsightState => ({ ...state, harm: 'failed', error: message }),
  harmCancelled: (state: InsightState): InsightState => ({ ...state, harm: 'idle', harmProgress: 0 }),
  visibleScored: (state: InsightState, scores: NetworkScores | null): InsightState => ({ ...state, visibleScores: scores }),
  scenarioScored: (state: InsightState, scenario: ScenarioScores | null): InsightState => ({ ...state, scenario }),
  badgesToggled: (state: InsightState, badges: boolean): InsightState => ({ ...state, badges }),
  sizeByChosen: (state: InsightState, sizeBy: SizeBy): InsightState => ({ ...state, sizeBy }),
};
