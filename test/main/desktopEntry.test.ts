// The desktop entry point with the electron module replaced (its binary cannot run here): a
// second copy of the app must stop at the single-instance lock and do nothing else, and the
// first copy must guard every web contents it will create.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let hasLock = true;

vi.mock('electron', () => {
  const record =
    (name: string, result?: unknown) =>
    (..._args: unknown[]) => {
      calls.push(name);
      return result;
    };
  return {
    app: {
      isPackaged: false,
      getPath: record('app.getPath', '/tmp/careweave-desktop-entry-test'),
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return hasLock;
      },
      quit: record('app.quit'),
      on: (event: string) => calls.push(`app.on:${event}`),
      whenReady: () => {
        calls.push('app.whenReady');
        return new Promise(() => undefined); // never ready: the window is not this test's subject
      },
      getVersion: () => 'test',
    },
    protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged') },
    BrowserWindow: { getAllWindows: () => [], getFocusedWindow: () => null },
    dialog: {},
    ipcMain: {},
    Menu: {},
    safeStorage: {},
  };
});

beforeEach(() => {
  calls.length = 0;
  vi.resetModules();
});

describe('the desktop entry point', () => {
  it('quits a second copy at the single-instance lock without starting anything', async () => {
    hasLock = false;
    await import('../../main/index');
    expect(calls).toContain('app.quit');
    expect(calls).not.toContain('app.whenReady');
    expect(calls.filter((call) => call.startsWith('app.on:'))).toEqual([]);
  });

  it('starts the first copy, guarding every web contents and answering a second launch', async () => {
    hasLock = true;
    await import('../../main/index');
    expect(calls).not.toContain('app.quit');
    expect(calls).toContain('app.whenReady');
    expect(calls).toEqual(expect.arrayContaining(['app.on:web-contents-created', 'app.on:second-instance']));
  });
});
