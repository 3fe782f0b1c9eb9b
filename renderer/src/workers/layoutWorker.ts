// The layout worker: computes positions off the UI thread, so the map stays responsive while a
// large layout runs, and reports progress. Cancelling terminates the worker.
import { computeLayout } from './computeLayout';
import type { LayoutInput, LayoutResult } from '../core/layouts/layoutInput';
import type { LayoutAlgorithm } from '../core/layouts/layoutRegistry';

export type LayoutRequest = { algorithm: LayoutAlgorithm; input: LayoutInput };
export type LayoutMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; positions: LayoutResult }
  | { type: 'failed'; message: string };

const post = (message: LayoutMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { algorithm, input } = event.data;
  try {
    const positions = computeLayout(algorithm, input, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
