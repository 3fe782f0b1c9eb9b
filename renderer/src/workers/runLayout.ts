// Starts a layout in a fresh worker and hands back a promise and a cancel function. A fresh
// worker per run keeps cancelling simple and exact: terminate() stops the computation at once.
import type { LayoutInput, LayoutResult } from '../core/layouts/layoutInput';
import type { LayoutAlgorithm } from '../core/layouts/layoutRegistry';
import type { LayoutMessage, LayoutRequest } from './layoutWorker';

export type LayoutRun = { result: Promise<LayoutResult | null>; cancel: () => void };

export function runLayout(algorithm: LayoutAlgorithm, input: LayoutInput, onProgress: (fraction: number) => void): LayoutRun {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  let settle: (value: LayoutResult | null) => void = () => {};
  const result = new Promise<LayoutResult | null>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done / message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.positions);
        else reject(new Error(`The layout could not be computed: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The layout could not be computed: ${event.message || 'the layout worker failed to start'}`));
    };
  });
  const request: LayoutRequest = { algorithm, input };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
