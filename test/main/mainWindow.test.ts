// The main window as Electron receives it (the electron module replaced: its binary cannot run
// here): isolated, sandboxed, without Node, and locked down before it loads our page.
import { describe, expect, it, vi } from 'vitest';

const created: Array<{ options: { webPreferences?: Record<string, unknown> }; loaded: string[] }> = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly loaded: string[] = [];
    readonly webContents = {
      setWindowOpenHandler: () => undefined,
      on: () => undefined,
      session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined },
    };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      created.push({ options, loaded: this.loaded });
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

describe('the main window', () => {
  it('runs our page isolated, sandboxed and without Node', async () => {
    const { createMainWindow } = await import('../../main/app/window');
    createMainWindow('/x/preload.cjs');
    const window = created.at(-1);
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window?.loaded).toEqual(['careweave://app/index.html']);
  });
});
