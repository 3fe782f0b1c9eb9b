// The one main window.
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, lockDownWebContents, secureWebPreferences } from './security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Careweave',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
