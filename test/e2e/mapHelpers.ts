// What the organisation, view and presentation tests share: calling the app's own API from the
// page (same token), opening a network from the sidebar, reading what the map draws through the
// probe automated browsers get, and dragging a party with the mouse.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkDocumentInput, NetworkGraph } from '../../shared/domain';

export type ProbeNode = { partyId: string; parent: string | null; classes: string[]; background: string; opacity: number; label: string; width: number; x: number; y: number };

export const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) => expect.poll(read, { timeout });

/** Runs in the page; this file is type-checked without the DOM library. */
export async function callApi<T>(page: Page, method: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, body }) => {
      const { sessionStorage } = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-careweave-token': sessionStorage.getItem('careweave.token') ?? '' },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { data?: unknown; error?: { message: string } };
      if (!response.ok) throw new Error(answer.error?.message ?? `HTTP ${response.status}`);
      return answer.data as T;
    },
    { method, body },
  ) as Promise<T>;
}

export const stored = (page: Page, networkId: string) => callApi<NetworkGraph>(page, 'getNetwork', { id: networkId });

export const probe = (page: Page) => page.evaluate(() => (globalThis as unknown as { careweaveMapProbe?: () => ProbeNode[] }).careweaveMapProbe?.() ?? []);

export async function probeOf(page: Page, partyId: string): Promise<ProbeNode> {
  const node = (await probe(page)).find((candidate) => candidate.partyId === partyId);
  if (!node) throw new Error(`party ${partyId} is not drawn`);
  return node;
}

/** Imports a network document through the API and opens it from the sidebar. */
export async function openDocument(page: Page, document: NetworkDocumentInput): Promise<string> {
  await poll(() => page.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
  const network = await callApi<{ id: string }>(page, 'importNetworkDocument', { document });
  await page.reload();
  await poll(() => page.getByTestId('status-bar').innerText(), 60_000).toMatch(/connected/i);
  await page.locator(`[data-testid="network-item"][data-network-id="${network.id}"]`).click();
  await poll(() => page.getByTestId('graph-canvas').getAttribute('data-network-id')).toBe(network.id);
  return network.id;
}

export async function selectBySearch(page: Page, text: string): Promise<void> {
  await page.getByTestId('search').fill(text);
  await page.getByTestId('search').press('ArrowDown');
  await page.getByTestId('search').press('Enter');
}

/** Drags with the mouse in small steps, as a person would, so Cytoscape sees a real drag. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
  }
  await page.mouse.up();
}

export async function idle(page: Page): Promise<void> {
  await poll(() => page.getByTestId('saving-state').innerText()).toBe('');
}
