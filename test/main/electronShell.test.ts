// The Electron-only code, with the electron module replaced at its boundary (its binary cannot
// run here): window security settings, sender checks, navigation lock-down and the IPC bridge.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, SafeStorage, WebContents } from 'electron';
import { IPC_CHANNEL } from '../../shared/api';
import { registerApiIpc } from '../../main/app/ipc';
import { isTrustedSender, lockDownWebContents, secureWebPreferences } from '../../main/app/security';
import type { Router } from '../../main/api/router';

vi.mock('electron', () => {
  throw new Error('The electron module must not be loaded by these modules at run time.');
});

describe('window security', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it.each([
    ['careweave://app/index.html', true, true],
    ['careweave://app/index.html', false, false],
    ['careweave://evil/index.html', true, false],
    ['https://example.org/', true, false],
    ['file:///etc/passwd', true, false],
    [undefined, true, false],
    ['not a url', true, false],
  ])('trusts %s in main frame=%s: %s', (url, mainFrame, expected) => {
    expect(isTrustedSender(url, mainFrame)).toBe(expected);
  });

  it('denies new windows, navigation away, webviews and permission requests', () => {
    const handlers: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let windowOpen: (() => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: () => { action: string }) => (windowOpen = handler),
      on: (name: string, handler: (event: { preventDefault: () => void }, url?: string) => void) => (handlers[name] = handler),
      session: { setPermissionRequestHandler: (handler: typeof permission) => (permission = handler) },
    } as unknown as WebContents;
    lockDownWebContents(contents);

    expect(windowOpen?.()).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    handlers['will-navigate']?.(away, 'https://example.org');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    handlers['will-navigate']?.(inside, 'careweave://app/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    handlers['will-attach-webview']?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const granted = vi.fn();
    permission?.(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });
});

describe('the IPC bridge', () => {
  function setUp() {
    let listener: ((event: unknown, method: unknown, request: unknown) => Promise<unknown>) | undefined;
    const ipcMain = {
      handle: (channel: string, handler: typeof listener) => {
        expect(channel).toBe(IPC_CHANNEL);
        listener = handler;
      },
      removeHandler: vi.fn(),
    } as unknown as IpcMain;
    const dispatch = vi.fn(async () => ({ ok: true as const, data: 'answered' }));
    const router: Router = { dispatch };
    const unregister = registerApiIpc(ipcMain, router);
    return { call: (event: unknown) => listener?.(event, 'listNetworks', {}), dispatch, unregister, ipcMain };
  }

  it('routes calls from our own top-level page', async () => {
    const { call, dispatch } = setUp();
    await expect(call({ senderFrame: { url: 'careweave://app/index.html', parent: null } })).resolves.toEqual({ ok: true, data: 'answered' });
    expect(dispatch).toHaveBeenCalledWith('listNetworks', {});
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame', { senderFrame: { url: 'careweave://app/index.html', parent: {} } }],
    ['no frame', { senderFrame: null }],
  ])('refuses calls from %s before they reach the router', async (_label, event) => {
    const { call, dispatch } = setUp();
    await expect(call(event)).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('secrets through safeStorage', () => {
  async function storeWith(backend: string, available = true) {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createSafeStorageSecrets } = await import('../../main/app/safeStorageSecrets');
    const file = join(await mkdtemp(join(tmpdir(), 'careweave-secrets-')), 'secrets.json');
    const safeStorage = {
      isEncryptionAvailable: () => available,
      getSelectedStorageBackend: () => backend,
      encryptString: (value: string) => Buffer.from(`enc:${value}`),
      decryptString: (buffer: Buffer) => buffer.toString().replace(/^enc:/, ''),
    } as unknown as SafeStorage;
    return { secrets: createSafeStorageSecrets(safeStorage, file, 'linux'), read: () => readFile(file, 'utf8') };
  }

  it('stores only the encrypted form and reads it back', async () => {
    const { secrets, read } = await storeWith('gnome_libsecret');
    expect(secrets.protection).toBe('encrypted');
    await secrets.set('database.password', 'hunter2');
    expect(await read()).not.toContain('hunter2');
    expect(await secrets.get('database.password')).toBe('hunter2');
  });

  it('admits that basic_text on Linux is not real encryption', async () => {
    const { secrets } = await storeWith('basic_text');
    expect(secrets.protection).toBe('file-permissions');
  });
});
