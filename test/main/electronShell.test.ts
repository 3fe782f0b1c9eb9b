// The Electron-only code, with the electron module replaced at its boundary (its binary cannot
// run here): window security settings, sender checks, navigation lock-down and the IPC bridge.
import { describe, expect, it, vi } from 'vitest';
import type { App, IpcMain, SafeStorage, WebContents } from 'electron';
import { IPC_CHANNEL } from '../../shared/api';
import { registerApiIpc } from '../../main/app/ipc';
import { guardAllWebContents, isTrustedSender, lockDownWebContents } from '../../main/app/security';
import type { Router } from '../../main/api/router';

vi.mock('electron', () => {
  throw new Error('The electron module must not be loaded by these modules at run time.');
});

describe('window security', () => {
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

  function fakeContents() {
    const handlers: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let windowOpen: (() => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let permissionCheck: ((c: unknown, p: string) => boolean) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: () => { action: string }) => (windowOpen = handler),
      on: (name: string, handler: (event: { preventDefault: () => void }, url?: string) => void) => (handlers[name] = handler),
      session: {
        setPermissionRequestHandler: (handler: typeof permission) => (permission = handler),
        setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      },
    } as unknown as WebContents;
    return { contents, handlers, windowOpen: () => windowOpen?.(), permission: () => permission, permissionCheck: () => permissionCheck };
  }

  const prevented = (handler: ((event: { preventDefault: () => void }, url?: string) => void) | undefined, url?: string) => {
    const event = { preventDefault: vi.fn() };
    handler?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };

  it('denies new windows, navigation and redirects away, webviews, and permission requests and checks', () => {
    const fake = fakeContents();
    lockDownWebContents(fake.contents);

    expect(fake.windowOpen()).toEqual({ action: 'deny' });
    expect(prevented(fake.handlers['will-navigate'], 'https://example.org')).toBe(true);
    expect(prevented(fake.handlers['will-navigate'], 'careweave://app/index.html')).toBe(false);
    expect(prevented(fake.handlers['will-redirect'], 'https://example.org/landing')).toBe(true);
    expect(prevented(fake.handlers['will-redirect'], 'careweave://app/index.html')).toBe(false);
    expect(prevented(fake.handlers['will-attach-webview'])).toBe(true);
    const granted = vi.fn();
    fake.permission()?.(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck()?.(null, 'clipboard-read')).toBe(false);
  });

  it('locks down every web contents the app creates, not only the main window', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined;
    const app = { on: (name: string, handler: typeof created) => name === 'web-contents-created' && (created = handler) } as unknown as App;
    guardAllWebContents(app);
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(fake.windowOpen()).toEqual({ action: 'deny' });
    expect(prevented(fake.handlers['will-redirect'], 'https://example.org')).toBe(true);
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
