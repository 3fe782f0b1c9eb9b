// Runs one import from the page: sends the chosen files (browser mode) or lets main open its
// dialog (desktop), then follows the job by polling until it waits for the person (problems or
// preview) or ends. Cancel works at every step: between pieces while sending, and through main
// while checking or writing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RelationshipKind } from '../../../shared/domain';
import { IMPORT_KEEP_ALIVE_MS } from '../../../shared/api';
import type { ImportJob } from '../../../shared/api';
import type { DateOrder } from '../../../shared/formats/localeValues';
import { checkImportFiles } from '../../../shared/formats/importCheck';
import { api } from '../api/client';
import { toApiError } from '../core/errors/toApiError';
import { isBusy, textChunks } from '../core/exchange/importProgress';
import { completeDelivery, isDesktop, preferredDelivery } from '../files/deliverFiles';
import { readLocalFile } from '../files/readLocalFile';

/** What the person chose before picking the files. */
export type ImportChoices = { defaultKind: RelationshipKind; dateOrder: DateOrder | null };

export type ImportStep =
  | { step: 'choose'; error: string | null }
  | { step: 'sending'; share: number; cancelling: boolean }
  | { step: 'job'; job: ImportJob; cancelling: boolean };

const POLL_MS = 250;

export function useImportJob(targetNetworkId: string | null) {
  const [state, setState] = useState<ImportStep>({ step: 'choose', error: null });
  const stopSending = useRef(false);

  const fail = useCallback((error: unknown) => setState({ step: 'choose', error: toApiError(error).message }), []);

  const follow = useCallback((job: ImportJob) => setState((current) => ({ step: 'job', job, cancelling: current.step === 'job' && current.job.jobId === job.jobId ? current.cancelling : false })), []);

  const job = state.step === 'job' ? state.job : null;
  useEffect(() => {
    // While the preview waits for the person, asking now and then keeps main from taking the
    // job for one a closed tab abandoned (main drops those within a minute).
    const waiting = job?.phase === 'ready';
    if (!job || (!isBusy(job) && !waiting)) return;
    const timer = window.setTimeout(
      () => {
        api.getImportJob({ jobId: job.jobId }).then(follow, fail);
      },
      waiting ? IMPORT_KEEP_ALIVE_MS : POLL_MS,
    );
    return () => window.clearTimeout(timer);
  }, [job, follow, fail]);

  const sendFiles = useCallback(
    async (files: File[], choices: ImportChoices) => {
      // Kind and size first, so an oversized file fails at once, before it is read.
      const check = checkImportFiles(files);
      if (!check.ok) {
        setState({ step: 'choose', error: check.message });
        return;
      }
      stopSending.current = false;
      setState({ step: 'sending', share: 0, cancelling: false });
      try {
        const local = await Promise.all(files.map(readLocalFile));
        const begun = await api.beginImport({ targetNetworkId, ...choices, files: local.map(({ name, size, encoding }) => ({ name, size, encoding })) });
        const total = local.reduce((sum, file) => sum + file.text.length, 0) || 1;
        let sent = 0;
        for (const [fileIndex, file] of local.entries()) {
          for (const text of textChunks(file.text)) {
            if (stopSending.current) {
              await api.cancelImport({ jobId: begun.jobId });
              setState({ step: 'choose', error: null });
              return;
            }
            await api.appendImportChunk({ jobId: begun.jobId, fileIndex, text });
            sent += text.length;
            setState({ step: 'sending', share: sent / total, cancelling: false });
          }
        }
        follow(await api.analyzeImport({ jobId: begun.jobId }));
      } catch (error) {
        fail(error);
      }
    },
    [targetNetworkId, follow, fail],
  );

  const chooseInMain = useCallback(
    async (choices: ImportChoices) => {
      try {
        const opened = await api.openImportFiles({ targetNetworkId, ...choices });
        if (!opened) return;
        follow(await api.analyzeImport({ jobId: opened.jobId }));
      } catch (error) {
        fail(error);
      }
    },
    [targetNetworkId, follow, fail],
  );

  const commit = useCallback(
    async (networkName?: string) => {
      if (state.step !== 'job') return;
      try {
        follow(await api.commitImport({ jobId: state.job.jobId, ...(networkName ? { networkName } : {}) }));
      } catch (error) {
        fail(error);
      }
    },
    [state, follow, fail],
  );

  const cancel = useCallback(async () => {
    if (state.step === 'sending') {
      stopSending.current = true;
      setState({ ...state, cancelling: true });
      return;
    }
    if (state.step !== 'job') return;
    setState({ ...state, cancelling: true });
    try {
      follow(await api.cancelImport({ jobId: state.job.jobId }));
    } catch (error) {
      fail(error);
    }
  }, [state, follow, fail]);

  const restart = useCallback(() => setState({ step: 'choose', error: null }), []);

  /** Saves the spreadsheet template; answers with the names saved, or null when nothing was. */
  const saveTemplate = useCallback(async () => completeDelivery(await api.getImportTemplate({ delivery: preferredDelivery() })), []);

  // The desktop app chooses files through main's dialog; browser mode through the page's own.
  return { state, sendFiles, chooseInMain, commit, cancel, restart, saveTemplate, choosesInMain: isDesktop() };
}
