// The one main window. Its security settings are written out here, where the window is made,
// so a reader (and the Electronegativity scanner `npm test` runs) sees them without following
// a helper.
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, lockDownWebContents } from './security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Careweave',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would try to open a link in a new window; windows are refused anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
