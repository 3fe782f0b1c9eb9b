// The Electron main process: thin glue between Electron and the plain-Node back end.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage } from 'electron';
import { createElectronFileDialogs } from './app/dialogs';
import { registerApiIpc } from './app/ipc';
import { applicationMenuTemplate } from './app/menu';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './app/protocol';
import { createSafeStorageSecrets } from './app/safeStorageSecrets';
import { guardAllWebContents } from './app/security';
import { createMainWindow } from './app/window';
import { createBackend } from './composition';
import { alreadyRunningMessage } from './database/localDatabaseError';
import { isHeldByRunningCopy, startLocalNeo4j } from './database/localNeo4j';
import { checkoutRoot } from './paths';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Packaged: bundled files sit in resources/ beside app.asar; from a checkout, in ./resources.
const resourcesDir = app.isPackaged ? process.resourcesPath : join(checkoutRoot(import.meta.url), 'resources');
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const userDataDir = app.getPath('userData');

// A second copy quits before it does anything else (app.quit() only ends the process later, so
// the rest must not run); the first copy brings its window forward instead.
if (app.requestSingleInstanceLock()) {
  startDesktopApp();
} else {
  app.quit();
}

function startDesktopApp(): void {
  guardAllWebContents(app);
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.whenReady().then(async () => {
    // Browser mode may hold the same data folder; the lock above only sees other desktop copies.
    if (await isHeldByRunningCopy(join(userDataDir, 'neo4j'))) {
      dialog.showErrorBox('Careweave is already running', alreadyRunningMessage(userDataDir));
      app.quit();
      return;
    }
    const backend = createBackend({
      appVersion: app.getVersion(),
      transport: 'ipc',
      userDataDir,
      resourcesDir,
      secrets: createSafeStorageSecrets(safeStorage, join(userDataDir, 'secrets.json')),
      startLocal: () => startLocalNeo4j({ dataDir: join(userDataDir, 'neo4j'), resourcesDir: join(resourcesDir, 'neo4j') }),
      log: (message) => console.error(`[careweave] ${message}`),
      fileDialogs: createElectronFileDialogs({
        dialog,
        window: () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
        startFolder: () => app.getPath('documents'),
      }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)));
    serveRenderer(protocol, rendererDir);
    registerApiIpc(ipcMain, backend.router);
    void backend.database.start();
    createMainWindow(join(here, '..', 'preload', 'index.cjs'));

    let stopped = false;
    app.on('before-quit', (event) => {
      if (stopped) return;
      // Stop the local database cleanly before the process ends, then quit for real.
      event.preventDefault();
      void backend.database.stop().finally(() => {
        stopped = true;
        app.quit();
      });
    });
  });

  app.on('window-all-closed', () => app.quit());
}
