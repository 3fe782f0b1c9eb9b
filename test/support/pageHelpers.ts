// What several end-to-end tests do in the page: call the API as the page does (same token),
// read what the map draws (the probe), and wait with room for a small, busy machine.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export type PageBox = { left: number; top: number; right: number; bottom: number };
export type ProbeNode = { partyId: string; classes: string[]; label: string; width: number; x: number; y: number; selected: boolean; box: PageBox };

export const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

/** Calls the API from the page, with the page's own token; the answer's data, or the error thrown. */
export async function callApi<T>(page: Page, method: string, request: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ([name, body]) => {
      // Runs in the page; this file is type-checked without the DOM library.
      const { sessionStorage } = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-careweave-token': sessionStorage.getItem('careweave.token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    [method, request] as const,
  );
  if (!reply.ok) throw new Error(`${method}: ${reply.error?.message ?? 'failed'}`);
  return reply.data as T;
}

/** Each party as Cytoscape draws it: classes, label and its box (shape and name) on the page. */
export const probe = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { careweaveMapProbe?: () => ProbeNode[] }).careweaveMapProbe?.() ?? []);

/** The boxes of everything floating over the map (legend, simulation actions and key, hints). */
export const overlayBoxes = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): PageBox }> } };
    return Array.from(document.querySelectorAll('.map-overlays > *'))
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.right > box.left && box.bottom > box.top)
      .map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  });

export const overlaps = (a: PageBox, b: PageBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether this element has the keyboard. */
export const hasFocus = (element: Locator) =>
  element.evaluate((node) => node === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);

export async function waitForIdle(page: Page): Promise<void> {
  await poll(() => page.getByTestId('saving-state').innerText()).toBe('');
}

export async function pick(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(testId).press('ArrowDown');
  await page.getByTestId(testId).press('Enter');
}

/**
 * Loads the sample network and waits for its 41 parties; when another test file's copy is in the
 * shared database, as a new copy under the name offered. Returns the name it was loaded under,
 * so a test can find its own copy again (other files' copies are "… (2)", "… (3)"). Uses the
 * page's own waits, not expect.poll, so hooks can call it too.
 */
export async function loadSample(page: Page): Promise<string> {
  await page.getByTestId('status-bar').getByText(/connected/i).waitFor({ timeout: 60_000 });
  const canvas = page.getByTestId('graph-canvas');
  const before = (await canvas.count()) > 0 ? await canvas.getAttribute('data-network-id') : null;
  await page.getByTestId('sidebar-load-sample').or(page.getByTestId('load-sample')).first().click();
  // Either the copy dialog opens or a new network is drawn; a map already on screen is neither.
  const copy = page.getByTestId('sample-copy-dialog');
  const fresh = page.locator(`[data-testid="graph-canvas"][data-node-count="41"]:not([data-network-id="${before ?? ''}"])`);
  await copy.or(fresh).first().waitFor({ timeout: 30_000 });
  if (await copy.isVisible()) await copy.getByTestId('sample-copy-submit').click();
  await copy.waitFor({ state: 'detached', timeout: 30_000 });
  await fresh.waitFor({ timeout: 30_000 });
  return openNetworkName(page);
}

/** The name of the network open on the map, as the network list marks it. */
export async function openNetworkName(page: Page): Promise<string> {
  const name = page.locator('[data-testid="network-item"][aria-current="true"] .network-item__name');
  await name.waitFor({ state: 'attached', timeout: 30_000 });
  return (await name.textContent()) ?? '';
}
