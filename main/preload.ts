// The preload exposes exactly one object: one function per API method. It never exposes
// ipcRenderer itself, so the page can reach nothing but the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, IPC_CHANNEL } from '../shared/api/methods';
import type { CareweaveBridge } from '../shared/api/bridge';

const bridge = Object.fromEntries(
  API_METHODS.map((method) => [method, (request: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, request)]),
) as CareweaveBridge;

contextBridge.exposeInMainWorld('careweave', bridge);
