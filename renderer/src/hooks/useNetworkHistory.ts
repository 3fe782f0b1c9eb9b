// The open network's care log and trust history (issue 12): read when the map opens and again
// whenever a trust relationship changes (an edit to a later day keeps the assessment it replaces),
// and changed through the API one entry at a time. A recorded assessment that becomes current
// changes its relationship, which is patched into the open network like any saved edit.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { CareLogEntry, CareLogFieldsInput, CareLogSubject, NetworkGraph, TrustAssessment, TrustAssessmentFieldsInput } from '../../../shared/domain';
import { api } from '../api/client';
import { changeThenRefresh } from '../api/changeThenRefresh';
import type { GraphPatch } from '../core/editor/graphPatch';
import { toApiError } from '../core/errors/toApiError';

export type NetworkHistory = {
  careLog: CareLogEntry[];
  trustAssessments: TrustAssessment[];
  loadError: string | null;
  addEntry: (subject: CareLogSubject, fields: CareLogFieldsInput) => Promise<ApiError | null>;
  deleteEntry: (entry: CareLogEntry) => Promise<ApiError | null>;
  recordAssessment: (relationshipId: string, version: number, fields: TrustAssessmentFieldsInput) => Promise<ApiError | null>;
  deleteAssessment: (assessment: TrustAssessment) => Promise<ApiError | null>;
  refresh: () => void;
};

// What of the network makes the stored history change: its trust relationships' versions.
function trustKey(graph: NetworkGraph): string {
  let key = graph.network.id;
  for (const relationship of graph.relationships) if (relationship.kind === 'TRUSTS') key += `|${relationship.id}:${relationship.version}`;
  return key;
}

export function useNetworkHistory(graph: NetworkGraph, onPatch: (networkId: string, patch: GraphPatch) => void): NetworkHistory {
  const networkId = graph.network.id;
  const [careLog, setCareLog] = useState<CareLogEntry[]>([]);
  const [trustAssessments, setTrustAssessments] = useState<TrustAssessment[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const history = await api.getNetworkHistory({ networkId });
      setCareLog(history.careLog);
      setTrustAssessments(history.trustAssessments);
      setLoadError(null);
    } catch (error) {
      setLoadError(`The care log and trust history could not be read: ${toApiError(error).message}`);
    }
  }, [networkId]);

  const key = useMemo(() => trustKey(graph), [graph]);
  useEffect(() => void refresh(), [refresh, key]);

  const change = useCallback((work: () => Promise<unknown>) => changeThenRefresh(work, refresh), [refresh]);

  return {
    careLog,
    trustAssessments,
    loadError,
    addEntry: (subject, fields) => change(() => api.addCareLogEntry({ networkId, subject, fields })),
    deleteEntry: (entry) => change(() => api.deleteCareLogEntry({ networkId, id: entry.id, version: entry.version })),
    recordAssessment: (relationshipId, version, fields) =>
      change(async () => {
        const recorded = await api.recordTrustAssessment({ networkId, relationshipId, version, fields });
        if (recorded.relationship) onPatch(networkId, { upsertRelationships: [recorded.relationship] });
      }),
    deleteAssessment: (assessment) => change(() => api.deleteTrustAssessment({ networkId, id: assessment.id })),
    refresh: () => void refresh(),
  };
}
