// The window's security settings and the checks that keep the renderer inside the app:
// a sandboxed, isolated page that can neither navigate away nor open new windows.
import type { App, WebContents } from 'electron';

export const APP_SCHEME = 'careweave';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Only our own page, in the top frame, may call the API. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!frameUrl || !isMainFrame) return false;
  try {
    const url = new URL(frameUrl);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function lockDownWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSender(url, true)) event.preventDefault();
  });
  // A redirect is a navigation the page did not ask for: the same rule applies.
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedSender(url, true)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app uses no permission (camera, notifications, clipboard, …): requests and the
  // synchronous checks pages use to probe for one are both refused.
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/**
 * Every web contents the app ever creates (windows, and anything a future feature or a library
 * opens) gets the same lock-down, not only the main window.
 */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
}
