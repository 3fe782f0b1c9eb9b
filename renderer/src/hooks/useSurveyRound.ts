// A trust survey round from the page (issue 12): write the forms (saved through main's dialog or
// downloaded), check filled ones, and read them in once they check cleanly.
import { useState } from 'react';
import type { ApiResponse, SurveyFile } from '../../../shared/api';
import { api } from '../api/client';
import { toApiError } from '../core/errors/toApiError';
import { completeDelivery, preferredDelivery } from '../files/deliverFiles';
import { readSurveyFiles } from '../files/readSurveyFiles';

export type SurveyCheckResult = ApiResponse<'checkSurveyAnswers'>;
export type SurveySummary = ApiResponse<'applySurveyAnswers'>;

export type SurveyRound = {
  busy: boolean;
  error: string | null;
  written: string[] | null;
  checked: SurveyCheckResult | null;
  applied: SurveySummary | null;
  writeForms: (respondentIds: string[], roundDate: string, format: 'xlsx' | 'csv') => Promise<void>;
  check: (files: File[]) => Promise<void>;
  apply: () => Promise<boolean>;
  reset: () => void;
};

export function useSurveyRound(networkId: string): SurveyRound {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const [files, setFiles] = useState<SurveyFile[] | null>(null);
  const [checked, setChecked] = useState<SurveyCheckResult | null>(null);
  const [applied, setApplied] = useState<SurveySummary | null>(null);

  const run = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (problem) {
      setError(toApiError(problem).message);
      return null;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    error,
    written,
    checked,
    applied,
    writeForms: async (respondentIds, roundDate, format) => {
      const result = await run(() => api.writeSurveyForms({ networkId, respondentIds, roundDate, format, delivery: preferredDelivery() }));
      if (result) setWritten(await completeDelivery(result));
    },
    check: async (chosen) => {
      setApplied(null);
      const read = await run(() => readSurveyFiles(chosen));
      if (!read) return;
      setFiles(read);
      setChecked(await run(() => api.checkSurveyAnswers({ networkId, files: read })));
    },
    apply: async () => {
      if (!files) return false;
      const summary = await run(() => api.applySurveyAnswers({ networkId, files }));
      if (summary) {
        setApplied(summary);
        setChecked(null);
      }
      return summary !== null;
    },
    reset: () => {
      setFiles(null);
      setChecked(null);
      setApplied(null);
      setError(null);
    },
  };
}
