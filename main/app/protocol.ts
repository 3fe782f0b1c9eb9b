// Serves the renderer from careweave://app/ instead of file://, so the page has a real origin,
// its own CSP header and no access to the rest of the disk.
import type { Protocol } from 'electron';
import { readStaticFile } from '../http/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { APP_SCHEME } from './security';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}
