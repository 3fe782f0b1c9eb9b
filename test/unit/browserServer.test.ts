// The browser-mode HTTP server on its own: loopback only, the token required, bad bodies
// refused, and no file outside the renderer folder served.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../shared/api';
import type { Router } from '../../main/api/router';
import { CONTENT_SECURITY_POLICY } from '../../main/contentSecurityPolicy';
import { startBrowserServer } from '../../main/http/server';
import type { BrowserServer } from '../../main/http/server';

let server: BrowserServer;
const dispatched: Array<[unknown, unknown]> = [];

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'careweave-static-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Careweave</title>');
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  const router: Router = {
    dispatch: async (method, request) => {
      dispatched.push([method, request]);
      return { ok: true, data: 'fine' };
    },
  };
  server = await startBrowserServer({ router, rendererDir: join(root, 'renderer') });
});
afterAll(async () => server?.close());

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const withToken = () => ({ [HTTP_TOKEN_HEADER]: server.token, 'content-type': 'application/json' });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 with a token in the printed address', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('serves the renderer with security headers', async () => {
    const index = await call('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Careweave</title>');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await call('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%E0%A4%A'])('does not serve %s', async (path) => {
    const response = await call(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('do not serve');
  });

  it('answers API calls that carry the token', async () => {
    const response = await call('/api/listNetworks', { method: 'POST', headers: withToken(), body: '{}' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, data: 'fine' });
    expect(dispatched.at(-1)).toEqual(['listNetworks', {}]);
  });

  it.each([
    ['no token', { 'content-type': 'application/json' }, 401],
    ['a wrong token', { [HTTP_TOKEN_HEADER]: 'guess', 'content-type': 'application/json' }, 401],
  ])('refuses a call with %s', async (_label, headers, status) => {
    const before = dispatched.length;
    const response = await call('/api/listNetworks', { method: 'POST', headers, body: '{}' });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).ok).toBe(false);
    expect(dispatched.length).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await call('/api/listNetworks', { method: 'POST', headers: { ...withToken(), host: 'evil.example:80' }, body: '{}' });
    expect(response.status).toBe(421);
  });

  it('refuses a body that is not JSON with a clear message', async () => {
    const before = dispatched.length;
    const response = await call('/api/createNetwork', { method: 'POST', headers: withToken(), body: '{"name": ' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toBe('The request body is not valid JSON.');
    expect(dispatched.length).toBe(before);
  });

  it('refuses GET on the API', async () => {
    expect((await call('/api/listNetworks', { headers: withToken() })).status).toBe(405);
  });

  it('answers a call from its own page (Origin is the server itself)', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const response = await call('/api/listNetworks', { method: 'POST', headers: { ...withToken(), origin }, body: '{}' });
    expect(response.status).toBe(200);
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['another port on this computer', 'http://127.0.0.1:1'],
    ['a sandboxed frame', 'null'],
  ])('refuses a call whose Origin is %s, even with the token', async (_label, origin) => {
    const before = dispatched.length;
    const response = await call('/api/listNetworks', { method: 'POST', headers: { ...withToken(), origin }, body: '{}' });
    expect(response.status).toBe(403);
    expect(dispatched.length).toBe(before);
  });

  it.each([
    ['no content type', undefined],
    ['text/plain (what a plain HTML form can send)', 'text/plain'],
    ['a form encoding', 'application/x-www-form-urlencoded'],
  ])('refuses an API call with %s', async (_label, contentType) => {
    const before = dispatched.length;
    const headers: Record<string, string> = { [HTTP_TOKEN_HEADER]: server.token };
    if (contentType) headers['content-type'] = contentType;
    const response = await call('/api/listNetworks', { method: 'POST', headers, body: '{}' });
    expect(response.status).toBe(415);
    expect(dispatched.length).toBe(before);
  });

  it('sends its Content Security Policy as a header, which a meta tag cannot fully express', async () => {
    const index = await call('/');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(String(index.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
