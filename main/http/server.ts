// Browser mode: the same renderer and the same API router over HTTP, bound to 127.0.0.1 only.
// A per-run token guards the API, and the Host header is checked so a web page cannot reach
// the server through DNS rebinding. Behind the token, two more walls: a browser's Origin must be
// the server itself, and the body must be declared JSON, which no plain form or "simple"
// cross-site request can do without a CORS preflight this server never grants.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, HTTP_API_PREFIX, HTTP_MAX_BODY_BYTES, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../shared/api';
import type { ApiEnvelope, ApiErrorCode } from '../../shared/api';
import type { Router } from '../api/router';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { readStaticFile } from './staticFiles';

export interface BrowserServerOptions {
  router: Router;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  constraint: 409,
  database_unavailable: 503,
  database_error: 502,
  internal: 500,
};

function sendJson(response: ServerResponse, status: number, envelope: ApiEnvelope<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(envelope));
}

function sendError(response: ServerResponse, status: number, error: ApiError): void {
  sendJson(response, status, { ok: false, error: error.toBody() });
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > HTTP_MAX_BODY_BYTES) throw new ApiError('invalid_request', 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendError(response, 421, new ApiError('unauthorized', 'Careweave only answers on its own loopback address.'));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (request.method !== 'POST') {
        sendError(response, 405, new ApiError('invalid_request', 'API requests must use POST.'));
        return;
      }
      // Non-browser clients (scripts, tests) send no Origin; they still need the token.
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin)) {
        sendError(response, 403, new ApiError('unauthorized', 'Careweave only answers its own page.'));
        return;
      }
      if (!tokensMatch(String(request.headers[HTTP_TOKEN_HEADER] ?? ''), token)) {
        sendError(
          response,
          401,
          new ApiError('unauthorized', 'This page is not signed in to Careweave. Open the address the browser-mode server printed (it contains the access token).'),
        );
        return;
      }
      const contentType = String(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/json') {
        sendError(response, 415, new ApiError('invalid_request', 'API requests must be sent as application/json.'));
        return;
      }
      let payload: unknown;
      try {
        const body = await readBody(request);
        payload = body.trim() === '' ? {} : JSON.parse(body);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError('invalid_request', 'The request body is not valid JSON.');
        sendError(response, 400, apiError);
        return;
      }
      const envelope = await options.router.dispatch(url.pathname.slice(HTTP_API_PREFIX.length), payload);
      sendJson(response, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.contentType,
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, new ApiError('internal', `Careweave failed to answer: ${String(error)}`));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`));
  return {
    url: `http://127.0.0.1:${port}/?${HTTP_TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
