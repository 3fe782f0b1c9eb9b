// Saved scenarios of the open network: the list from the database, save / rename / delete
// through the API, and comparing two of them (both re-run on the network as it is now, in the
// simulation worker).
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { Scenario } from '../../../shared/domain';
import type { ScenarioComparison } from '../../../shared/analysis';
import { api } from '../api/client';
import { changeThenRefresh } from '../api/changeThenRefresh';
import { toApiError } from '../core/errors/toApiError';
import { resolveQuestion } from '../core/simulation/simulationState';
import { scenarioQuestion } from '../core/simulation/describeQuestion';
import type { WithdrawalQuestion } from '../core/simulation/simulationState';
import type { SimulationClient } from '../workers/simulationClient';

export type Comparison = {
  a: Scenario;
  b: Scenario;
  result: ScenarioComparison | null;
  missingA: string[];
  missingB: string[];
  error: string | null;
};

export type Scenarios = {
  list: Scenario[] | null;
  listError: string | null;
  comparison: Comparison | null;
  refresh: () => void;
  save: (name: string, question: WithdrawalQuestion) => Promise<ApiError | null>;
  rename: (scenario: Scenario, name: string) => Promise<ApiError | null>;
  remove: (scenario: Scenario) => Promise<ApiError | null>;
  compare: (a: Scenario, b: Scenario) => void;
  closeComparison: () => void;
};

export function useScenarios(networkId: string, client: SimulationClient, endingBefore: (day: string) => readonly string[]): Scenarios {
  const [list, setList] = useState<Scenario[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);

  const refresh = useCallback(async () => {
    try {
      setList(await api.listScenarios({ networkId }));
      setListError(null);
    } catch (error) {
      setListError(toApiError(error).message);
    }
  }, [networkId]);
  useEffect(() => void refresh(), [refresh]);

  const change = useCallback((work: () => Promise<unknown>) => changeThenRefresh(work, refresh), [refresh]);

  const compare = useCallback(
    async (a: Scenario, b: Scenario) => {
      setComparison({ a, b, result: null, missingA: [], missingB: [], error: null });
      try {
        const reply = await client.ask<'compared'>({ type: 'compare', a: resolveQuestion(scenarioQuestion(a), endingBefore), b: resolveQuestion(scenarioQuestion(b), endingBefore) });
        setComparison({ a, b, result: reply.comparison, missingA: reply.missingA, missingB: reply.missingB, error: null });
      } catch (error) {
        setComparison({ a, b, result: null, missingA: [], missingB: [], error: error instanceof Error ? error.message : String(error) });
      }
    },
    [client, endingBefore],
  );

  return {
    list,
    listError,
    comparison,
    refresh: () => void refresh(),
    save: (name, question) =>
      change(() =>
        api.saveScenario({ networkId, name, withdrawn: question.withdrawn, withdrawnRelationships: question.endedRelationships, endsBefore: question.endsBefore, params: question.thresholds }),
      ),
    rename: (scenario, name) => change(() => api.renameScenario({ networkId, id: scenario.id, version: scenario.version, name })),
    remove: (scenario) =>
      change(async () => {
        await api.deleteScenario({ networkId, id: scenario.id, version: scenario.version });
        setComparison((current) => (current && (current.a.id === scenario.id || current.b.id === scenario.id) ? null : current));
      }),
    compare: (a, b) => void compare(a, b),
    closeComparison: () => setComparison(null),
  };
}
