// Connects the renderer's API calls to the router over one IPC channel, after checking that
// the call comes from our own page.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ApiError, IPC_CHANNEL } from '../../shared/api';
import type { ApiEnvelope } from '../../shared/api';
import type { Router } from '../api/router';
import { isTrustedSender } from './security';

export function registerApiIpc(ipcMain: IpcMain, router: Router): () => void {
  const listener = async (event: IpcMainInvokeEvent, method: unknown, request: unknown): Promise<ApiEnvelope<unknown>> => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null)) {
      return { ok: false, error: new ApiError('unauthorized', 'This request did not come from the Careweave window.').toBody() };
    }
    return router.dispatch(method, request);
  };
  ipcMain.handle(IPC_CHANNEL, listener);
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
