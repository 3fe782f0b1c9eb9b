// The renderer's one door to the app: the typed API over IPC (desktop) or HTTP (browser mode).
import { createApiClient, HTTP_API_PREFIX, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../../shared/api';
import type { ApiEnvelope, ApiTransport, CareweaveApi, CareweaveBridge } from '../../../shared/api';

declare global {
  interface Window {
    careweave?: CareweaveBridge;
  }
}

const TOKEN_STORAGE_KEY = 'careweave.token';

function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(HTTP_TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(HTTP_TOKEN_QUERY);
    // Keep the token out of the address bar and history once it is stored.
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function httpTransport(token: string | null): ApiTransport {
  return async (method, request) => {
    let response: Response;
    try {
      response = await fetch(`${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(request),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'Careweave is not answering. Is the browser-mode server still running?' },
      };
    }
    if (!(response.headers.get('content-type') ?? '').includes('application/json')) {
      return {
        ok: false,
        error: { code: 'internal', message: `Careweave answered in an unexpected way (HTTP ${response.status}). Reload the page; if it persists, restart the browser-mode server.` },
      };
    }
    return (await response.json()) as ApiEnvelope<unknown>;
  };
}

function ipcTransport(bridge: CareweaveBridge): ApiTransport {
  return (method, request) => bridge[method](request);
}

export const api: CareweaveApi = createApiClient(
  window.careweave ? ipcTransport(window.careweave) : httpTransport(takeTokenFromUrl()),
);
